#include "TestPdfs.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace reclama::pdf::test {
namespace fs = std::filesystem;
using H = QPDFObjectHandle;

namespace {

H Font(QPDF& q) {
    return q.makeIndirectObject(H::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
}

H NewPage(QPDF& q, H font, const std::string& content, H xobjects = H::newNull()) {
    H resources = H::newDictionary();
    H fonts = H::newDictionary();
    fonts.replaceKey("/F1", font);
    resources.replaceKey("/Font", fonts);
    if (xobjects.isDictionary())
        resources.replaceKey("/XObject", xobjects);
    H page = H::newDictionary();
    page.replaceKey("/Type", H::newName("/Page"));
    page.replaceKey("/MediaBox", H::parse("[0 0 595 842]"));
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", H::newStream(&q, content));
    return q.makeIndirectObject(page);
}

std::string Text(double x, double y, const std::string& text, int size = 12) {
    return "BT /F1 " + std::to_string(size) + " Tf " + std::to_string(x) + " " + std::to_string(y) +
           " Td (" + text + ") Tj ET\n";
}

H Xmp(QPDF& q, const std::string& canary) {
    H xmp = H::newStream(
        &q, "<?xpacket begin?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description>" +
                canary + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>");
    xmp.getDict().replaceKey("/Type", H::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", H::newName("/XML"));
    return xmp;
}

void Write(QPDF& q, const fs::path& path) {
    QPDFWriter w(q, path.c_str());
    w.setStaticID(true);
    w.write();
}

H DestTo(H page) {
    H dest = H::newArray();
    dest.appendItem(page);
    dest.appendItem(H::newName("/Fit"));
    return dest;
}

H Outline(QPDF& q, const std::string& title, H page) {
    H item = H::newDictionary();
    item.replaceKey("/Title", H::newUnicodeString(title));
    item.replaceKey("/Dest", DestTo(page));
    return q.makeIndirectObject(item);
}

void Chain(H parent, std::vector<H> items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].replaceKey("/Parent", parent);
        if (i > 0)
            items[i].replaceKey("/Prev", items[i - 1]);
        if (i + 1 < items.size())
            items[i].replaceKey("/Next", items[i + 1]);
    }
    parent.replaceKey("/First", items.front());
    parent.replaceKey("/Last", items.back());
    parent.replaceKey("/Count", H::newInteger(static_cast<long long>(items.size())));
}

} // namespace

void WriteSourcePdf(const fs::path& path, const SourceSpec& spec) {
    QPDF q;
    q.emptyPDF();
    H font = Font(q);
    QPDFPageDocumentHelper doc(q);
    for (std::size_t i = 0; i < spec.pageTexts.size(); ++i) {
        std::string content = Text(72, 760, spec.pageTexts[i], 18);
        H xobjects;
        if (i == 0 && (spec.noiseBytes > 0 || !spec.canary.empty())) {
            std::size_t bytes = std::max<std::size_t>(spec.noiseBytes, 100);
            std::mt19937 random(static_cast<unsigned>(bytes + spec.pageTexts[i].size()));
            std::string data(bytes, '\0');
            for (char& c : data)
                c = static_cast<char>(random() & 0xff);
            H image = H::newStream(&q, data);
            H dict = image.getDict();
            dict.replaceKey("/Type", H::newName("/XObject"));
            dict.replaceKey("/Subtype", H::newName("/Image"));
            dict.replaceKey("/Width", H::newInteger(static_cast<long long>(bytes / 100)));
            // An image's own metadata reaches the dossier with the page's resources unless
            // stripped.
            if (!spec.canary.empty())
                dict.replaceKey("/Metadata", Xmp(q, spec.canary + "-IMAGE-XMP"));
            dict.replaceKey("/Height", H::newInteger(100));
            dict.replaceKey("/ColorSpace", H::newName("/DeviceGray"));
            dict.replaceKey("/BitsPerComponent", H::newInteger(8));
            xobjects = H::newDictionary();
            xobjects.replaceKey("/Im1", image);
            content += "q 300 0 0 200 72 300 cm /Im1 Do Q\n";
        }
        H page = NewPage(q, font, content, xobjects);
        if (!spec.canary.empty()) {
            page.replaceKey("/Metadata", Xmp(q, spec.canary + "-PAGE-XMP"));
            page.replaceKey("/PieceInfo",
                            H::parse("<< /App << /Private (" + spec.canary + "-PIECE) >> >>"));
        }
        doc.addPage(QPDFPageObjectHelper(page), false);
    }
    if (!spec.canary.empty()) {
        H info = H::newDictionary();
        info.replaceKey("/Author", H::newString(spec.canary + "-INFO"));
        q.getTrailer().replaceKey("/Info", q.makeIndirectObject(info));
        q.getRoot().replaceKey("/Metadata", Xmp(q, spec.canary + "-XMP"));
    }
    Write(q, path);
}

RenderPlan WriteDrawnPdf(const fs::path& path, const DrawnSpec& spec) {
    int total = spec.bodyPages;
    for (const auto& e : spec.exhibits)
        total += 1 + e.pages;
    QPDF q;
    q.emptyPDF();
    H font = Font(q);
    QPDFPageDocumentHelper doc(q);
    RenderPlan plan;
    plan.drawnPdf = path;
    plan.totalPages = total;
    plan.bodyPages = spec.bodyPages;
    int index = 0;
    auto footer = [&](int i) {
        return Text(440, 40, "Page " + std::to_string(i + 1) + " of " + std::to_string(total), 8);
    };
    std::vector<H> pages;
    for (int b = 0; b < spec.bodyPages; ++b, ++index) {
        pages.push_back(
            NewPage(q, font, Text(72, 760, "BODY PAGE " + std::to_string(b + 1)) + footer(index)));
    }
    std::vector<int> separators;
    for (std::size_t e = 0; e < spec.exhibits.size(); ++e) {
        int k = static_cast<int>(e) + 1;
        ExhibitPages range{k, index, index + spec.exhibits[e].pages};
        separators.push_back(index);
        pages.push_back(
            NewPage(q, font, Text(200, 420, "SEPARATOR " + std::to_string(k), 24) + footer(index)));
        ++index;
        for (int j = 1; j <= spec.exhibits[e].pages; ++j, ++index) {
            std::string stamp =
                Text(470, 800, "STAMP " + std::to_string(k) + "." + std::to_string(j), 8);
            // Like the drawing stage: the placeholder paints the exhibit page first.
            pages.push_back(NewPage(q, font, std::string("/") + kExhibitPageName + " Do\n" + stamp +
                                                 footer(index)));
            plan.placements.push_back({index, spec.exhibits[e].source, j});
        }
        plan.exhibits.push_back(range);
    }
    for (auto& p : pages)
        doc.addPage(QPDFPageObjectHelper(p), false);

    // Page 1 links to every separator, like the exhibit index.
    H annots = H::newArray();
    for (std::size_t e = 0; e < separators.size(); ++e) {
        H link = H::newDictionary();
        link.replaceKey("/Type", H::newName("/Annot"));
        link.replaceKey("/Subtype", H::newName("/Link"));
        double y = 700 - 20.0 * static_cast<double>(e);
        link.replaceKey(
            "/Rect", H::parse("[72 " + std::to_string(y) + " 300 " + std::to_string(y + 14) + "]"));
        link.replaceKey("/Dest", DestTo(pages[static_cast<std::size_t>(separators[e])]));
        annots.appendItem(q.makeIndirectObject(link));
    }
    if (!separators.empty())
        pages[0].replaceKey("/Annots", annots);

    H outlines = q.makeIndirectObject(H::parse("<< /Type /Outlines >>"));
    std::vector<H> top{Outline(q, "Index", pages[0])};
    if (!separators.empty()) {
        H exhibits = Outline(q, "Exhibits", pages[static_cast<std::size_t>(separators[0])]);
        std::vector<H> children;
        for (std::size_t e = 0; e < separators.size(); ++e) {
            children.push_back(Outline(q, "Exhibit " + std::to_string(e + 1),
                                       pages[static_cast<std::size_t>(separators[e])]));
        }
        Chain(exhibits, children);
        top.push_back(exhibits);
    }
    Chain(outlines, top);
    outlines.replaceKey("/Count",
                        H::newInteger(static_cast<long long>(top.size() + separators.size())));
    q.getRoot().replaceKey("/Outlines", outlines);

    if (!spec.canary.empty()) {
        H info = H::newDictionary();
        info.replaceKey("/Producer", H::newString(spec.canary + "-DRAWN-INFO"));
        q.getTrailer().replaceKey("/Info", q.makeIndirectObject(info));
        q.getRoot().replaceKey("/Metadata", Xmp(q, spec.canary + "-DRAWN-XMP"));
    }
    if (spec.active) {
        H js =
            q.makeIndirectObject(H::parse("<< /S /JavaScript /JS (app.alert\\('JSCANARY'\\)) >>"));
        q.getRoot().replaceKey("/OpenAction", js);
        H names = H::newDictionary();
        H scripts = H::newDictionary();
        H scriptNames = H::newArray();
        scriptNames.appendItem(H::newString("x"));
        scriptNames.appendItem(js);
        scripts.replaceKey("/Names", scriptNames);
        names.replaceKey("/JavaScript", scripts);
        H file = H::newStream(&q, "EMBEDDEDCANARY");
        file.getDict().replaceKey("/Type", H::newName("/EmbeddedFile"));
        H spec2 = H::newDictionary();
        spec2.replaceKey("/Type", H::newName("/Filespec"));
        spec2.replaceKey("/F", H::newString("a.txt"));
        H ef = H::newDictionary();
        ef.replaceKey("/F", file);
        spec2.replaceKey("/EF", ef);
        H tree = H::newDictionary();
        H arr = H::newArray();
        arr.appendItem(H::newString("a.txt"));
        arr.appendItem(q.makeIndirectObject(spec2));
        tree.replaceKey("/Names", arr);
        names.replaceKey("/EmbeddedFiles", tree);
        q.getRoot().replaceKey("/Names", names);
        H pageActions = H::newDictionary();
        pageActions.replaceKey("/O", js);
        pages[0].replaceKey("/AA", pageActions);
    }
    Write(q, path);
    return plan;
}

RunResult RunCommand(const std::string& command) {
    RunResult r;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return r;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        r.out.append(buffer.data(), n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string Quote(const fs::path& p) {
    std::string s = "'";
    for (char c : p.string())
        s += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return s + "'";
}

std::string PageText(const fs::path& pdf, int page) {
    return RunCommand("pdftotext -q -f " + std::to_string(page) + " -l " + std::to_string(page) +
                      " " + Quote(pdf) + " -")
        .out;
}

int QpdfCheck(const fs::path& pdf) {
    return RunCommand("qpdf --check " + Quote(pdf)).status;
}

std::string UncompressedBytes(const fs::path& pdf) {
    QPDF q;
    q.processFile(pdf.c_str());
    QPDFWriter w(q);
    w.setOutputMemory();
    w.setObjectStreamMode(qpdf_o_disable);
    w.setStreamDataMode(qpdf_s_uncompress);
    w.write();
    auto buffer = w.getBufferSharedPointer();
    return {reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize()};
}

int PageCount(const fs::path& pdf) {
    QPDF q;
    q.processFile(pdf.c_str());
    return static_cast<int>(QPDFPageDocumentHelper(q).getAllPages().size());
}

std::string ReadFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TempDir::TempDir() {
    std::random_device random;
    path = fs::temp_directory_path() / ("reclama-pdf-test-" + std::to_string(random()));
    fs::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
}

} // namespace reclama::pdf::test
