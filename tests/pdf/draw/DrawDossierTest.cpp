// DrawDossier end to end: the drawn PDF is opened again with pdftotext, pdfinfo, pdffonts and
// qpdf; a few pages are rendered to PNG in the build folder for a person to look at.
#include "DrawTestSupport.h"
#include "core/Error.h"
#include "pdf/DrawDossier.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <sstream>

namespace reclama::pdf {
namespace {
namespace fs = std::filesystem;
using namespace test;

std::string Collapse(std::string s) { // pdftotext -layout may pad words with spaces
    return std::regex_replace(s, std::regex("[ \n]+"), " ");
}

std::string NoSpaces(std::string s) { return std::regex_replace(s, std::regex("[ \n]+"), ""); }

// Code points of a UTF-8 string in reverse order.
std::string ReverseCodePoints(const std::string& s) {
    std::vector<std::string> points;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = 1;
        while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
        points.push_back(s.substr(i, n));
        i += n;
    }
    std::string out;
    for (auto it = points.rbegin(); it != points.rend(); ++it) out += *it;
    return out;
}

class DrawDossierTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // ctest runs each test in its own process, two at a time: each gets its own folder.
        fs::path dir = OutDir() / ("draw-dossier-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        // A JPEG made from a sample PDF (none of the samples is a JPEG).
        auto jpeg = RunCommand("pdftoppm -jpeg -r 30 -f 1 -l 1 -singlefile " +
                        Quote(Sample("es-adsl-averia/files/factura-enero.pdf")) + " " + Quote(dir / "photo"));
        ASSERT_EQ(jpeg.exitCode, 0);
        s_document = new dossier::DossierDocument(ManyScriptsDossier(dir / "photo.jpg"));
        s_pdf = dir / "drawn.pdf";
        DrawOptions options;
        options.progress = [](double f, const std::string&) { s_lastProgress = f; };
        s_plan = new RenderPlan(DrawDossier(*s_document, s_pdf, options));
        s_pages = new std::vector<std::string>(PageTexts(s_pdf));
    }
    static void TearDownTestSuite() {
        delete s_document;
        delete s_plan;
        delete s_pages;
    }
    static const dossier::Exhibit& ExhibitNumber(int n) { return s_document->exhibits.at(static_cast<std::size_t>(n - 1)); }
    static const ExhibitPages& PagesOf(int n) {
        for (const auto& e : s_plan->exhibits)
            if (e.exhibitNumber == n) return e;
        throw std::runtime_error("no exhibit " + std::to_string(n));
    }

    static inline dossier::DossierDocument* s_document = nullptr;
    static inline RenderPlan* s_plan = nullptr;
    static inline std::vector<std::string>* s_pages = nullptr;
    static inline fs::path s_pdf;
    static inline double s_lastProgress = 0;
};

TEST_F(DrawDossierTest, PageCountMatchesThePlanAndEveryPageHasItsFooter) {
    ASSERT_GT(s_plan->totalPages, 15);
    EXPECT_EQ(PageCount(s_pdf), s_plan->totalPages);
    ASSERT_EQ(static_cast<int>(s_pages->size()), s_plan->totalPages);
    for (int n = 1; n <= s_plan->totalPages; ++n) {
        std::string footer = "Página " + std::to_string(n) + " de " + std::to_string(s_plan->totalPages);
        const std::string& text = (*s_pages)[static_cast<std::size_t>(n - 1)];
        EXPECT_NE(text.find(footer), std::string::npos) << "page " << n;
        EXPECT_NE(Collapse(text).find("Reclamación contra Conecta"), std::string::npos) << "page " << n;
    }
    EXPECT_GT(s_lastProgress, 0.5);
}

TEST_F(DrawDossierTest, EveryScriptIsSearchableAndCopyable) {
    std::string all;
    for (const auto& p : *s_pages) all += p + "\n";
    std::string flat = Collapse(all);
    for (const std::string& expected : {kSpanish, kGreek, kCyrillic, kTurkish, std::string("PRIMERO.-")}) {
        EXPECT_NE(flat.find(expected), std::string::npos) << expected;
    }
    // Right-to-left runs carry their logical text in /ActualText, so copying gives the base
    // letters as typed, not the presentation forms that are drawn. Poppler then applies its own
    // visual-to-logical reversal to ActualText too, so pdftotext shows the code points reversed;
    // readers that take ActualText literally (Acrobat) copy them as typed, and pdf.js, which
    // reads the glyph maps, does too once the finishing stage has mapped the presentation forms
    // to their letters (FinishFontsTest).
    for (const std::string& name : {kArabicName, kHebrewName}) {
        bool typed = flat.find(name) != std::string::npos;
        bool popplerOrder = flat.find(ReverseCodePoints(name)) != std::string::npos;
        EXPECT_TRUE(typed || popplerOrder) << name;
    }
    EXPECT_EQ(flat.find("\uFEE3"), std::string::npos) << "a presentation form leaked into the text";
    auto qdf = RunCommand("qpdf --qdf --object-streams=disable " + Quote(s_pdf) + " -");
    EXPECT_NE(qdf.output.find("/ActualText <feff0645062d0645062f00200627064406390644064a>"), std::string::npos);
    EXPECT_NE(qdf.output.find("/ActualText <feff05e905e805d4002005dc05d505d9>"), std::string::npos);
}

TEST_F(DrawDossierTest, MissingGlyphsAreReportedWithTheirSection) {
    bool found = false;
    for (const auto& w : s_plan->warnings) {
        if (w.find("漢") != std::string::npos) {
            found = true;
            EXPECT_NE(w.find("Partes"), std::string::npos) << w;
        }
    }
    EXPECT_TRUE(found);
    for (const auto& w : s_plan->warnings) {
        EXPECT_EQ(w.find("\u0645"), std::string::npos) << "Arabic must be drawable: " << w;
        EXPECT_EQ(w.find("\u05E9"), std::string::npos) << "Hebrew must be drawable: " << w;
    }
}

TEST_F(DrawDossierTest, FontsAreEmbeddedSubsetsWithUnicodeMaps) {
    auto fonts = RunCommand("pdffonts " + Quote(s_pdf));
    ASSERT_EQ(fonts.exitCode, 0);
    std::stringstream in(fonts.output);
    std::string line;
    int rows = 0;
    std::getline(in, line);
    std::getline(in, line); // header and rule
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        ++rows;
        EXPECT_NE(line.find("DejaVu"), std::string::npos) << line;
        EXPECT_NE(line.find('+'), std::string::npos) << "not a subset: " << line;
        EXPECT_TRUE(std::regex_search(line, std::regex("yes\\s+yes\\s+yes"))) << "emb/sub/uni: " << line;
    }
    EXPECT_GE(rows, 3);
}

TEST_F(DrawDossierTest, QpdfFindsNoProblems) {
    auto check = RunCommand("qpdf --check " + Quote(s_pdf) + " 2>&1");
    EXPECT_EQ(check.exitCode, 0) << check.output;
}

TEST_F(DrawDossierTest, BookmarksCoverSectionsAndEveryExhibit) {
    auto json = RunCommand("qpdf --json --json-key=outlines " + Quote(s_pdf));
    ASSERT_EQ(json.exitCode, 0);
    auto count = [&](const std::string& pattern) {
        std::regex re(pattern);
        return std::distance(std::sregex_iterator(json.output.begin(), json.output.end(), re), std::sregex_iterator());
    };
    // Sections plus the "Documentos" parent plus one child per exhibit.
    EXPECT_EQ(count("\"title\":"), static_cast<long>(s_document->sections.size() + 1 + s_document->exhibits.size()));
    EXPECT_NE(json.output.find("Documentos"), std::string::npos);
    EXPECT_NE(json.output.find("Documento nº 7 — Contrato cifrado"), std::string::npos);
}

TEST_F(DrawDossierTest, ContentsAndExhibitIndexPrintAndLinkTheRealPages) {
    auto contentsPage = [&]() -> std::string {
        for (const auto& p : *s_pages)
            if (p.find("Índice") != std::string::npos && p.find("Cronología") != std::string::npos) return p;
        return "";
    }();
    ASSERT_FALSE(contentsPage.empty());
    // "Cronología ....... 7": the page whose heading is "Cronología" must be page 7.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(contentsPage, m, std::regex("Cronología[ .]+ ([0-9]+)")));
    int chronologyPage = std::stoi(m[1]);
    EXPECT_EQ((*s_pages)[static_cast<std::size_t>(chronologyPage - 1)].find("Cronología"),
              (*s_pages)[static_cast<std::size_t>(chronologyPage - 1)].find_first_not_of(" \n"));
    for (int n = 1; n <= 7; ++n) {
        const auto& range = PagesOf(n);
        std::string label = ExhibitNumber(n).label;
        // The separator sheet is where the contents says.
        EXPECT_NE((*s_pages)[static_cast<std::size_t>(range.firstPage)].find(label), std::string::npos) << label;
        std::string pages = range.firstPage == range.lastPage
                                ? std::to_string(range.firstPage + 1)
                                : std::to_string(range.firstPage + 1) + "–" + std::to_string(range.lastPage + 1);
        std::string all;
        for (const auto& p : *s_pages) all += p;
        EXPECT_NE(all.find(pages), std::string::npos) << label << " " << pages;
    }
    // Links: one per contents line and per exhibit index row, all pointing at a page.
    auto json = RunCommand("qpdf --json --json-key=qpdf " + Quote(s_pdf));
    std::regex link("\"/Subtype\": \"/Link\"");
    long links = std::distance(std::sregex_iterator(json.output.begin(), json.output.end(), link), std::sregex_iterator());
    std::size_t titled = 0;
    for (const auto& s : s_document->sections) titled += !s.title.empty() && s.key != "contents";
    EXPECT_EQ(links, static_cast<long>(titled + 1 + 2 * s_document->exhibits.size()));
}

TEST_F(DrawDossierTest, LongTablesRepeatTheirHeaderAndKeepEveryRow) {
    int headers = 0;
    std::string all;
    for (const auto& p : *s_pages) {
        if (std::regex_search(p, std::regex("Nº +Fecha +Canal +Descripción +Importe"))) ++headers;
        all += p;
    }
    EXPECT_GE(headers, 5);
    for (int i : {1, 150, 299, 300}) {
        EXPECT_NE(all.find("Contacto " + std::to_string(i) + ":"), std::string::npos) << i;
        EXPECT_NE(all.find(std::to_string(i * 3) + ",50 €"), std::string::npos) << i;
    }
    EXPECT_NE(all.find("135.450,00 €"), std::string::npos);
}

TEST_F(DrawDossierTest, ExhibitPagesAreStampedAndPdfPagesArePlaced) {
    const auto& pdf = PagesOf(1);
    EXPECT_EQ(pdf.lastPage - pdf.firstPage, 3);
    ASSERT_EQ(s_plan->placements.size(), 3u);
    for (int p = 1; p <= 3; ++p) {
        const auto& placement = s_plan->placements[static_cast<std::size_t>(p - 1)];
        EXPECT_EQ(placement.drawnPageIndex, pdf.firstPage + p);
        EXPECT_EQ(placement.sourcePage, p);
        EXPECT_EQ(placement.source, ExhibitNumber(1).file);
        std::string stamp = "Doc. nº 1 – pág. " + std::to_string(p) + "/3";
        EXPECT_NE((*s_pages)[static_cast<std::size_t>(placement.drawnPageIndex)].find(stamp), std::string::npos) << stamp;
    }
    // The separator sheet is not stamped; image, text and e-mail pages are.
    EXPECT_EQ((*s_pages)[static_cast<std::size_t>(pdf.firstPage)].find("Doc. nº 1 –"), std::string::npos);
    for (int n : {2, 3, 4, 5}) {
        const auto& range = PagesOf(n);
        int q = range.lastPage - range.firstPage;
        ASSERT_GE(q, 1) << n;
        std::string stamp = "Doc. nº " + std::to_string(n) + " – pág. " + std::to_string(q) + "/" + std::to_string(q);
        EXPECT_NE((*s_pages)[static_cast<std::size_t>(range.lastPage)].find(stamp), std::string::npos) << stamp;
    }
    EXPECT_EQ(s_plan->bodyPages, pdf.firstPage);
}

TEST_F(DrawDossierTest, ExhibitContentsAreDrawn) {
    auto text = [&](int n) {
        const auto& range = PagesOf(n);
        std::string all;
        for (int p = range.firstPage; p <= range.lastPage; ++p) all += (*s_pages)[static_cast<std::size_t>(p)];
        return Collapse(all);
    };
    EXPECT_NE(text(2).find("Captura del SMS"), std::string::npos);
    EXPECT_NE(text(3).find("Fotografía en JPEG"), std::string::npos);
    std::string chat = text(4);
    EXPECT_NE(NoSpaces(chat).find(ExhibitNumber(4).sha256), std::string::npos);
    std::string firstLine = ExhibitNumber(4).text.substr(0, ExhibitNumber(4).text.find('\n'));
    EXPECT_NE(chat.find(Collapse(firstLine)), std::string::npos) << firstLine;
    std::string mail = text(5);
    for (const std::string& s : {std::string("Asunto"), std::string("Adjuntos:"), std::string("contrato.pdf"),
                                 std::string("Solicito el recambio del router averiado."), kGreek}) {
        EXPECT_NE(mail.find(s), std::string::npos) << s;
    }
    EXPECT_NE(text(6).find("El original se encuentra en el paquete de pruebas"), std::string::npos);
    EXPECT_NE(text(7).find("Las páginas de este documento no se incluyen: el PDF pide una contraseña"), std::string::npos);
    EXPECT_EQ(PagesOf(6).firstPage, PagesOf(6).lastPage);
    EXPECT_EQ(PagesOf(7).firstPage, PagesOf(7).lastPage);
}

TEST_F(DrawDossierTest, RendersPagesForALook) {
    // Cover, parties (scripts), a table page, the exhibit index, the PNG and the e-mail.
    fs::path dir = s_pdf.parent_path();
    int indexPage = 0;
    for (std::size_t i = 0; i < s_pages->size(); ++i)
        if ((*s_pages)[i].find("SHA-256 del original") != std::string::npos) indexPage = static_cast<int>(i) + 1;
    for (int page : {1, 3, 6, indexPage, PagesOf(2).lastPage + 1, PagesOf(5).lastPage + 1}) {
        auto r = RunCommand("pdftoppm -png -r 60 -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                     Quote(s_pdf) + " " + Quote(dir / ("page-" + std::to_string(page))));
        EXPECT_EQ(r.exitCode, 0) << page;
    }
}

TEST(DrawDossier, CancellingThrowsAndLeavesNoFile) {
    auto document = ManyScriptsDossier(Sample("es-adsl-averia/files/sms-captura.png"));
    fs::path out = OutDir() / "cancelled.pdf";
    fs::remove(out);
    std::atomic<bool> cancel{true};
    DrawOptions options;
    options.cancel = &cancel;
    EXPECT_THROW(DrawDossier(document, out, options), CancelledError);
    EXPECT_FALSE(fs::exists(out));
}

TEST(DrawDossier, MissingFontFolderIsAClearError) {
    dossier::DossierDocument document;
    document.title = "x";
    DrawOptions options;
    options.fontDir = OutDir() / "no-fonts-here";
    try {
        DrawDossier(document, OutDir() / "nofont.pdf", options);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("no-fonts-here"), std::string::npos) << e.what();
    }
}

TEST(DrawDossier, FiveThousandPlaceholderPagesOnLetter) {
    dossier::DossierDocument document;
    document.title = "Expediente grande";
    document.pageSize = dossier::PageSize::Letter;
    document.sections.push_back({"contents", "Índice", true, {dossier::ContentsPlaceholder{}}});
    for (int n = 1; n <= 1000; ++n) {
        dossier::Exhibit e;
        e.number = n;
        e.label = "Exhibit " + std::to_string(n);
        e.stampPrefix = e.label;
        e.title = "Invoice " + std::to_string(n);
        e.source = dossier::ExhibitSource::Pdf;
        e.file = Sample("es-adsl-averia/files/factura-enero.pdf");
        e.pdfPageCount = 5;
        document.exhibits.push_back(e);
    }
    fs::path out = OutDir() / "five-thousand.pdf";
    auto start = std::chrono::steady_clock::now();
    RenderPlan plan = DrawDossier(document, out);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("5,000 placeholder pages + 1,000 separators: %d pages drawn in %.2f s\n", plan.totalPages, seconds);
    EXPECT_EQ(plan.placements.size(), 5000u);
    EXPECT_EQ(PageCount(out), plan.totalPages);
    auto last = RunCommand("pdftotext -f " + std::to_string(plan.totalPages) + " -l " + std::to_string(plan.totalPages) +
                    " " + Quote(out) + " -");
    EXPECT_NE(last.output.find("Página " + std::to_string(plan.totalPages) + " de " + std::to_string(plan.totalPages)),
              std::string::npos);
    EXPECT_NE(last.output.find("Exhibit 1000 – pág. 5/5"), std::string::npos);
}

TEST(DrawDossier, BatesNumbersRunThroughTheExhibitPages) {
    dossier::DossierDocument document;
    document.title = "Bates";
    document.pageSize = dossier::PageSize::Letter;
    document.bates = dossier::BatesNumbering{"JS", 6, 41};
    document.sections.push_back({"exhibits", "Exhibit index", true, {dossier::ExhibitIndexPlaceholder{}}});
    auto exhibit = [&](int n, dossier::ExhibitSource source) {
        dossier::Exhibit e;
        e.number = n;
        e.label = std::string("Exhibit ") + static_cast<char>('A' + n - 1);
        e.stampPrefix = e.label;
        e.title = "Paper " + std::to_string(n);
        e.source = source;
        return e;
    };
    auto pdf = exhibit(1, dossier::ExhibitSource::Pdf);
    pdf.file = Sample("es-adsl-averia/files/factura-enero.pdf");
    pdf.pdfPageCount = 2;
    document.exhibits.push_back(pdf);
    document.exhibits.push_back(exhibit(2, dossier::ExhibitSource::Other)); // a sheet, no own pages
    auto text = exhibit(3, dossier::ExhibitSource::Text);
    text.text = "A letter.";
    document.exhibits.push_back(text);
    fs::path out = OutDir() / ("bates-" + std::to_string(::getpid()) + ".pdf");
    RenderPlan plan = DrawDossier(document, out);
    auto pages = PageTexts(out);
    fs::remove(out);
    ASSERT_EQ(plan.exhibits.size(), 3u);
    auto page = [&](int index) { return pages.at(static_cast<std::size_t>(index)); };
    EXPECT_NE(page(plan.exhibits[0].firstPage + 1).find("Exhibit A – JS000041"), std::string::npos);
    EXPECT_NE(page(plan.exhibits[0].firstPage + 2).find("Exhibit A – JS000042"), std::string::npos);
    EXPECT_NE(page(plan.exhibits[2].firstPage + 1).find("Exhibit C – JS000043"), std::string::npos);
    // Separator sheets and the index give each exhibit's range; the sheet-only exhibit has none.
    EXPECT_NE(NoSpaces(page(plan.exhibits[0].firstPage)).find("JS000041–JS000042"), std::string::npos);
    EXPECT_EQ(page(plan.exhibits[1].firstPage).find("JS0000"), std::string::npos);
    std::string index = NoSpaces(page(0));
    EXPECT_NE(index.find("JS000041–JS000042"), std::string::npos) << index;
    EXPECT_NE(index.find("JS000043"), std::string::npos) << index;
    EXPECT_EQ(index.find("JS000044"), std::string::npos) << index;
}

} // namespace
} // namespace reclama::pdf
