// The finished dossier: exhibit pages in place, labels, metadata, manifest, nothing active,
// byte-identical when deterministic, and nothing left behind when cancelled or failed.

#include "TestPdfs.h"
#include "core/Error.h"
#include "pdf/FinishDossier.h"
#include "pdf/Manifest.h"
#include "pdf/Verify.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <sys/resource.h>

namespace reclama::pdf {
namespace {
namespace fs = std::filesystem;
using namespace test;

struct Fixture {
    TempDir dir;
    RenderPlan plan;
    FinishOptions options;

    explicit Fixture(int exhibits = 3, int pagesEach = 2, const std::string& canary = "",
                     bool active = false) {
        DrawnSpec spec;
        spec.canary = canary;
        spec.active = active;
        nlohmann::json files = nlohmann::json::array();
        for (int e = 1; e <= exhibits; ++e) {
            SourceSpec source;
            for (int p = 1; p <= pagesEach; ++p) {
                source.pageTexts.push_back("EXHIBIT" + std::to_string(e) + " OWNTEXT PAGE" +
                                           std::to_string(p));
            }
            source.canary = canary;
            fs::path file = dir / ("source-" + std::to_string(e) + ".pdf");
            WriteSourcePdf(file, source);
            spec.exhibits.push_back({file, pagesEach});
            files.push_back({{"number", e},
                             {"label", "Documento nº " + std::to_string(e)},
                             {"title", "Factura"},
                             {"file", "factura-" + std::to_string(e) + ".pdf"},
                             {"size", 10},
                             {"sha256", "00"}});
        }
        plan = WriteDrawnPdf(dir / "drawn.pdf", spec);
        options.out = dir / "dossier.pdf";
        options.title = "Lucía contra Conecta";
        options.author = "Lucía Martín";
        options.subject = "Reclamación";
        options.language = "es";
        options.manifestJson = nlohmann::json{
            {"format", "reclama-manifest"},
            {"version", 1},
            {"case", "Caso"},
            {"files", files}}.dump();
        options.fixedEpoch = 1767225600; // 2026-01-01T00:00:00Z
    }

    // Files in the folder other than the inputs.
    std::vector<std::string> Outputs() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::recursive_directory_iterator(dir.path)) {
            std::string name = entry.path().filename().string();
            if (name.rfind("source-", 0) != 0 && name != "drawn.pdf" && entry.is_regular_file())
                names.push_back(name);
        }
        return names;
    }
};

TEST(Finish, ExhibitPagesLandUnderTheirPlaceholders) {
    Fixture f;
    FinishResult result = FinishDossier(f.plan, f.options);
    ASSERT_EQ(result.files, std::vector<fs::path>{f.options.out});
    EXPECT_EQ(QpdfCheck(f.options.out), 0);
    EXPECT_EQ(PageCount(f.options.out), f.plan.totalPages);
    for (const auto& placement : f.plan.placements) {
        std::string text = PageText(f.options.out, placement.drawnPageIndex + 1);
        std::string exhibit = placement.source.stem().string().substr(7); // "source-2" -> "2"
        EXPECT_NE(
            text.find("EXHIBIT" + exhibit + " OWNTEXT PAGE" + std::to_string(placement.sourcePage)),
            std::string::npos)
            << "page " << placement.drawnPageIndex + 1 << ": " << text;
        EXPECT_NE(text.find("STAMP " + exhibit + "."), std::string::npos)
            << "the stamp stays on top";
        EXPECT_NE(text.find("Page " + std::to_string(placement.drawnPageIndex + 1) + " of"),
                  std::string::npos);
    }
    EXPECT_EQ(PageText(f.options.out, 1).find("OWNTEXT"), std::string::npos);
}

// Exhibit pages come in every shape: landscape, turned with /Rotate, with a media box away from
// the origin, with their content in several streams. Each must fit inside the placeholder's
// margins, keep its text, and not be cut or spill over the stamp and footer.
TEST(Finish, OddlyShapedPagesFitInsideTheMargins) {
    Fixture f(1, 4);
    fs::path source = f.plan.placements.front().source;
    {
        QPDF q;
        q.processFile(source.c_str());
        auto pages = QPDFPageDocumentHelper(q).getAllPages();
        pages[0].getObjectHandle().replaceKey("/MediaBox", QPDFObjectHandle::parse("[0 0 842 595]"));
        pages[1].getObjectHandle().replaceKey("/Rotate", QPDFObjectHandle::newInteger(90));
        pages[2].getObjectHandle().replaceKey("/MediaBox", QPDFObjectHandle::parse("[40 300 652 1092]"));
        QPDFObjectHandle split = QPDFObjectHandle::newArray();
        split.appendItem(pages[3].getObjectHandle().getKey("/Contents"));
        split.appendItem(QPDFObjectHandle::newStream(&q, "% a second stream\n"));
        pages[3].getObjectHandle().replaceKey("/Contents", split);
        QPDFWriter w(q, (source.string() + ".new").c_str());
        w.write();
    }
    fs::rename(source.string() + ".new", source);

    FinishDossier(f.plan, f.options);
    EXPECT_EQ(QpdfCheck(f.options.out), 0);
    QPDF out;
    out.processFile(f.options.out.c_str());
    auto pages = QPDFPageDocumentHelper(out).getAllPages();
    const double mm = 72.0 / 25.4;
    for (const auto& placement : f.plan.placements) {
        auto& page = pages[static_cast<std::size_t>(placement.drawnPageIndex)];
        QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        QPDFObjectHandle form =
            page.getAttribute("/Resources", false).getKey("/XObject").getKey(std::string("/") + kExhibitPageName);
        ASSERT_TRUE(form.isStream()) << "page " << placement.drawnPageIndex + 1;
        QPDFMatrix matrix(form.getDict().getKey("/Matrix").getArrayAsMatrix());
        auto placed = matrix.transformRectangle(form.getDict().getKey("/BBox").getArrayAsRectangle());
        const double eps = 0.01;
        SCOPED_TRACE("source page " + std::to_string(placement.sourcePage));
        EXPECT_GE(placed.llx, box.llx + 25 * mm - eps);
        EXPECT_LE(placed.urx, box.urx - 20 * mm + eps);
        EXPECT_GE(placed.lly, box.lly + 20 * mm + 14 - eps);
        EXPECT_LE(placed.ury, box.ury - 20 * mm - 2 + eps);
        // Scaled to fit: it touches both sides or both the top and the bottom of the area.
        double width = box.urx - box.llx - 45 * mm, height = box.ury - box.lly - 40 * mm - 16;
        EXPECT_TRUE(std::abs((placed.urx - placed.llx) - width) < 0.5 ||
                    std::abs((placed.ury - placed.lly) - height) < 0.5);
        if (placement.sourcePage == 2) { // turned a quarter: now wider than tall
            EXPECT_GT(placed.urx - placed.llx, placed.ury - placed.lly);
        }
        EXPECT_NE(PageText(f.options.out, placement.drawnPageIndex + 1)
                      .find("OWNTEXT PAGE" + std::to_string(placement.sourcePage)),
                  std::string::npos);
    }
}

TEST(Finish, PageLabelsInfoAndManifest) {
    Fixture f;
    FinishDossier(f.plan, f.options);
    QPDF q;
    q.processFile(f.options.out.c_str());
    QPDFObjectHandle nums = q.getRoot().getKey("/PageLabels").getKey("/Nums");
    ASSERT_TRUE(nums.isArray());
    EXPECT_EQ(nums.unparse(), "[ 0 << /S /D /St 1 >> ]");
    QPDFObjectHandle info = q.getTrailer().getKey("/Info");
    EXPECT_EQ(info.getKey("/Title").getUTF8Value(), "Lucía contra Conecta");
    EXPECT_EQ(info.getKey("/Author").getUTF8Value(), "Lucía Martín");
    EXPECT_EQ(info.getKey("/Producer").getUTF8Value(), "Reclama");
    EXPECT_EQ(info.getKey("/Creator").getUTF8Value(), "Reclama");
    EXPECT_EQ(info.getKey("/CreationDate").getUTF8Value(), "D:20260101000000Z");
    EXPECT_EQ(q.getRoot().getKey("/Lang").getUTF8Value(), "es");
    std::string pdfinfo = RunCommand("pdfinfo " + Quote(f.options.out)).out;
    EXPECT_NE(pdfinfo.find("Producer:        Reclama"), std::string::npos) << pdfinfo;

    auto text = ReadManifest(f.options.out);
    ASSERT_TRUE(text);
    auto entries = ParseManifest(*text);
    ASSERT_EQ(entries.size(), 3u);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(entries[i].label, "Documento nº " + std::to_string(i + 1));
        EXPECT_EQ(entries[i].firstPage, f.plan.exhibits[i].firstPage + 1);
        EXPECT_EQ(entries[i].pages, 3);
    }
    auto manifest = nlohmann::json::parse(*text);
    EXPECT_EQ(manifest["this_file"]["kind"], "whole");
    EXPECT_EQ(manifest["this_file"]["pages"], f.plan.totalPages);
    VerifyReport report = VerifyDossier(f.options.out, std::nullopt);
    EXPECT_TRUE(report.ok) << report.lines.back();
}

TEST(Finish, BookmarksAndLinksSurvive) {
    Fixture f;
    FinishDossier(f.plan, f.options);
    QPDF q;
    q.processFile(f.options.out.c_str());
    QPDFOutlineDocumentHelper outlines(q);
    auto top = outlines.getTopLevelOutlines();
    ASSERT_EQ(top.size(), 2u);
    EXPECT_EQ(top[1].getTitle(), "Exhibits");
    auto children = top[1].getKids();
    ASSERT_EQ(children.size(), 3u);
    auto pages = QPDFPageDocumentHelper(q).getAllPages();
    for (std::size_t e = 0; e < 3; ++e) {
        QPDFObjectHandle target = children[e].getDestPage();
        EXPECT_EQ(target.getObjGen(), pages[static_cast<std::size_t>(f.plan.exhibits[e].firstPage)]
                                          .getObjectHandle()
                                          .getObjGen());
    }
    auto links = pages[0].getAnnotations("/Link");
    ASSERT_EQ(links.size(), 3u);
    EXPECT_EQ(links[2].getObjectHandle().getKey("/Dest").getArrayItem(0).getObjGen(),
              pages[static_cast<std::size_t>(f.plan.exhibits[2].firstPage)]
                  .getObjectHandle()
                  .getObjGen());
}

TEST(Finish, DeterministicTwiceIsByteIdentical) {
    Fixture f;
    FinishDossier(f.plan, f.options);
    std::string first = ReadFile(f.options.out);
    fs::remove(f.options.out);
    FinishDossier(f.plan, f.options);
    EXPECT_EQ(first, ReadFile(f.options.out));

    f.options.fixedEpoch.reset();
    f.options.out = f.dir / "now.pdf";
    FinishDossier(f.plan, f.options);
    EXPECT_NE(first, ReadFile(f.options.out))
        << "without a fixed epoch the dates and /ID are fresh";
}

TEST(Finish, NoMetadataFromElsewhereAndNothingActive) {
    Fixture f(2, 2, "CANARY7f3a", true);
    FinishDossier(f.plan, f.options);
    std::string bytes = UncompressedBytes(f.options.out);
    EXPECT_NE(bytes.find("EXHIBIT1 OWNTEXT"), std::string::npos)
        << "the check sees uncompressed content";
    EXPECT_EQ(bytes.find("CANARY7f3a"), std::string::npos);
    EXPECT_EQ(bytes.find("JSCANARY"), std::string::npos);
    EXPECT_EQ(bytes.find("EMBEDDEDCANARY"), std::string::npos);
    EXPECT_EQ(bytes.find("/JavaScript"), std::string::npos);
    EXPECT_EQ(bytes.find("/EmbeddedFile"), std::string::npos);
    EXPECT_EQ(bytes.find("/OpenAction"), std::string::npos);
    EXPECT_EQ(bytes.find("/Encrypt"), std::string::npos);
    EXPECT_EQ(QpdfCheck(f.options.out), 0);
    EXPECT_TRUE(VerifyDossier(f.options.out, std::nullopt).ok);
}

TEST(Finish, CancelLeavesNoFile) {
    Fixture f;
    std::atomic<bool> cancel{true};
    f.options.cancel = &cancel;
    EXPECT_THROW(FinishDossier(f.plan, f.options), CancelledError);
    EXPECT_TRUE(f.Outputs().empty());

    // Cancelled half-way through, while volumes are being written.
    cancel = false;
    int reports = 0;
    f.options.sizeCapBytes = 1;
    f.options.progress = [&](double fraction, const std::string&) {
        if (fraction >= 0.8 && ++reports == 2)
            cancel = true;
    };
    EXPECT_THROW(FinishDossier(f.plan, f.options), CancelledError);
    EXPECT_GE(reports, 2);
    EXPECT_TRUE(f.Outputs().empty()) << f.Outputs().front();
}

TEST(Finish, FailureNamesTheExhibitAndLeavesNoFile) {
    Fixture f;
    f.plan.placements.back().sourcePage = 9;
    try {
        FinishDossier(f.plan, f.options);
        FAIL() << "a missing exhibit page must fail";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("source-3.pdf"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("page 9"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(f.Outputs().empty());
}

TEST(Finish, EachSourceIsOpenedWithoutHoldingItsFile) {
    // 1,100 placements from 1,100 distinct files, with at most 256 files open at once.
    TempDir dir;
    DrawnSpec spec;
    spec.bodyPages = 1;
    for (int e = 1; e <= 1100; ++e) {
        fs::path file = dir / ("s" + std::to_string(e) + ".pdf");
        WriteSourcePdf(file, OnePage("FILE" + std::to_string(e)));
        spec.exhibits.push_back({file, 1});
    }
    RenderPlan plan = WriteDrawnPdf(dir / "drawn.pdf", spec);
    FinishOptions options;
    options.out = dir / "big.pdf";
    options.fixedEpoch = 0;
    rlimit saved{};
    getrlimit(RLIMIT_NOFILE, &saved);
    rlimit low = saved;
    low.rlim_cur = 256;
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);
    EXPECT_NO_THROW(FinishDossier(plan, options));
    setrlimit(RLIMIT_NOFILE, &saved);
    EXPECT_EQ(PageCount(options.out), 1 + 2 * 1100);
    EXPECT_NE(PageText(options.out, plan.totalPages).find("FILE1100"), std::string::npos);
}

} // namespace
} // namespace reclama::pdf
