// Builds the hostile PDF corpus with qpdf's API, hand-made bytes, and zlib for the flate bomb.
#include "HostilePdfCorpus.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <zlib.h>

#include <fstream>
#include <random>
#include <stdexcept>

namespace reclama::evidence::test {
namespace {

namespace fs = std::filesystem;

void WriteBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::string Compress(const std::string& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                  9) != Z_OK) {
        throw std::runtime_error("zlib compress failed");
    }
    out.resize(size);
    return out;
}

// A zlib stream of `chunks` x 16 MiB of zeros, built without deflating gigabytes: after a full
// flush deflate forgets its history, so every further 16 MiB of zeros compresses to the same
// bytes and can be repeated. Ends with an empty final block and the Adler-32 of the zeros.
std::string ZerosBomb(unsigned chunks) {
    const std::string zeros(16u << 20, '\0');
    z_stream z{};
    if (deflateInit(&z, 9) != Z_OK) {
        throw std::runtime_error("zlib deflateInit failed");
    }
    auto deflateChunk = [&] {
        std::string out(deflateBound(&z, static_cast<uLong>(zeros.size())) + 64, '\0');
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        z.avail_in = static_cast<uInt>(zeros.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        if (deflate(&z, Z_FULL_FLUSH) != Z_OK || z.avail_in != 0) {
            throw std::runtime_error("zlib deflate failed");
        }
        out.resize(out.size() - z.avail_out);
        return out;
    };
    const std::string first = deflateChunk(); // with the 2-byte zlib header
    const std::string repeat = deflateChunk();
    deflateEnd(&z);
    std::string bomb = first;
    for (unsigned i = 1; i < chunks; ++i) {
        bomb += repeat;
    }
    bomb += std::string("\x03\x00", 2); // final fixed-Huffman block holding only end-of-block
    const std::uint64_t total = static_cast<std::uint64_t>(chunks) * zeros.size();
    const std::uint32_t adler = static_cast<std::uint32_t>(((total % 65521u) << 16) | 1u);
    for (int shift = 24; shift >= 0; shift -= 8) {
        bomb.push_back(static_cast<char>((adler >> shift) & 0xff));
    }
    return bomb;
}

// Three pages saying "Page N" in Helvetica.
void MakeThreePages(QPDF& pdf) {
    pdf.emptyPDF();
    QPDFObjectHandle font = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    for (int i = 1; i <= 3; ++i) {
        QPDFObjectHandle contents =
            pdf.newStream("BT /F1 24 Tf 72 720 Td (Page " + std::to_string(i) + ") Tj ET\n");
        QPDFObjectHandle page = pdf.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 612 792] >>"));
        QPDFObjectHandle resources = QPDFObjectHandle::parse("<< /Font << >> >>");
        resources.getKey("/Font").replaceKey("/F1", font);
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", contents);
        pdf.addPage(page, false);
    }
}

void Write(QPDF& pdf, const fs::path& path, bool keepStreamsAsTheyAre = false) {
    QPDFWriter writer(pdf, path.c_str());
    writer.setStaticID(true);
    if (keepStreamsAsTheyAre) {
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
    }
    writer.write();
}

void WriteEncrypted(const fs::path& path, const char* user, const char* owner) {
    QPDF pdf;
    MakeThreePages(pdf);
    QPDFWriter writer(pdf, path.c_str());
    writer.setStaticID(true);
    writer.setR6EncryptionParameters(user, owner, true, false, false, false, false, false,
                                     qpdf_r3p_full, true);
    writer.write();
}

void WriteJavaScript(const fs::path& path) {
    QPDF pdf;
    MakeThreePages(pdf);
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/OpenAction",
                    QPDFObjectHandle::parse("<< /S /JavaScript /JS (app.alert\\('open'\\);) >>"));
    root.replaceKey("/AA", QPDFObjectHandle::parse(
                               "<< /WC << /S /JavaScript /JS (app.alert\\('close'\\);) >> >>"));
    QPDFObjectHandle script = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /S /JavaScript /JS (this.print\\(\\);) >>"));
    QPDFObjectHandle embedded = pdf.newStream("MZ pretend executable");
    QPDFObjectHandle names =
        QPDFObjectHandle::parse("<< /JavaScript << /Names [ (doit) null ] >>"
                                "   /EmbeddedFiles << /Names [ (tool.exe) << /Type /Filespec /F "
                                "(tool.exe) /EF << >> >> ] >> >>");
    names.getKey("/JavaScript").getKey("/Names").setArrayItem(1, script);
    names.getKey("/EmbeddedFiles")
        .getKey("/Names")
        .getArrayItem(1)
        .getKey("/EF")
        .replaceKey("/F", embedded);
    root.replaceKey("/Names", names);
    root.replaceKey("/AcroForm",
                    QPDFObjectHandle::parse("<< /Fields [] /XFA (<xdp:xdp>script</xdp:xdp>) >>"));

    std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
    pages[0].replaceKey(
        "/AA", QPDFObjectHandle::parse("<< /O << /S /JavaScript /JS (app.beep\\(0\\);) >> >>"));
    QPDFObjectHandle launch = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Annot /Subtype /Link /Rect [72 72 200 100] /Border [0 0 0]"
        "   /A << /S /Launch /F (calc.exe) >> >>"));
    QPDFObjectHandle uri = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Annot /Subtype /Link /Rect [72 120 200 140] /Border [0 0 0]"
        "   /A << /S /URI /URI (https://example.org/terms) /Next << /S /JavaScript /JS (1;) >> >> "
        ">>"));
    QPDFObjectHandle attachment = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Annot /Subtype /FileAttachment /Rect [300 72 320 92]"
                                "   /FS << /Type /Filespec /F (x.exe) >> >>"));
    QPDFObjectHandle annots = QPDFObjectHandle::newArray();
    annots.appendItem(launch);
    annots.appendItem(uri);
    annots.appendItem(attachment);
    pages[1].replaceKey("/Annots", annots);
    Write(pdf, path);
}

void WriteCanary(const fs::path& path) {
    QPDF pdf;
    MakeThreePages(pdf);
    pdf.getTrailer().replaceKey("/Info",
                                pdf.makeIndirectObject(QPDFObjectHandle::parse(
                                    std::string("<< /Author (") + kCanary +
                                    ") /Creator (C:\\\\Users\\\\someone\\\\secret.docx) >>")));
    const std::string xmp =
        std::string("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                    "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    "<dc:creator><rdf:Seq><rdf:li>") +
        kCanary +
        "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>";
    QPDFObjectHandle metadata = pdf.newStream(xmp);
    metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", metadata);
    Write(pdf, path, true);
}

void WriteFlateBomb(const fs::path& path) {
    QPDF pdf;
    MakeThreePages(pdf);
    // Two Flate layers: the outer one shrinks the 4 MB of repeated deflate blocks to a few KB.
    const std::string data = Compress(ZerosBomb(256));
    QPDFObjectHandle bomb = pdf.newStream();
    bomb.replaceStreamData(data, QPDFObjectHandle::parse("[/FlateDecode /FlateDecode]"),
                           QPDFObjectHandle::newNull());
    QPDFObjectHandle firstPage = pdf.getAllPages()[0];
    firstPage.replaceKey("/Contents", bomb);
    Write(pdf, path, true);
}

// Three pages by hand; the catalog and page tree come last, as many producers write them.
std::vector<std::string> HandMadeThreePages(const std::string& extraPageEntries = {}) {
    std::vector<std::string> objects;
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"); // 1
    for (int i = 1; i <= 3; ++i) {
        const std::string text = "BT /F1 24 Tf 72 720 Td (Page " + std::to_string(i) +
                                 " of a hand-made file) Tj ET\n" + std::string(2000, '%') + "\n";
        objects.push_back("<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text +
                          "endstream"); // 2, 4, 6
        objects.push_back("<< /Type /Page /Parent 8 0 R /MediaBox [0 0 612 792] /Contents " +
                          std::to_string(2 * i) + " 0 R /Resources << /Font << /F1 1 0 R >> >>" +
                          (i == 1 ? extraPageEntries : std::string()) + " >>"); // 3, 5, 7
    }
    objects.push_back("<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>"); // 8
    objects.push_back("<< /Type /Catalog /Pages 8 0 R >>");                     // 9
    return objects;
}

} // namespace

std::string BuildPdfBytes(const std::vector<std::string>& objects, int rootObject) {
    std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        out += entry;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root " +
           std::to_string(rootObject) + " 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string DecodedPdfBytes(const fs::path& pdf) {
    QPDF reader;
    reader.setSuppressWarnings(true);
    reader.processFile(pdf.c_str());
    QPDFWriter writer(reader);
    writer.setOutputMemory();
    writer.setQDFMode(true);
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.setDecodeLevel(qpdf_dl_generalized);
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

HostilePdfCorpus WriteHostilePdfCorpus(const fs::path& dir) {
    fs::create_directories(dir);
    HostilePdfCorpus corpus;

    corpus.valid = dir / "valid-3-pages.pdf";
    {
        QPDF pdf;
        MakeThreePages(pdf);
        Write(pdf, corpus.valid);
    }

    const std::string handMade = BuildPdfBytes(HandMadeThreePages(), 9);
    corpus.truncated = dir / "truncated.pdf";
    WriteBytes(corpus.truncated, handMade.substr(0, handMade.size() / 2));
    // Offsets gone wrong, as when a PDF passes through a tool that changes line endings.
    corpus.brokenXref = dir / "broken-xref.pdf";
    const std::size_t startxref = handMade.rfind("startxref\n") + 10;
    WriteBytes(corpus.brokenXref, handMade.substr(0, startxref) + "17\n%%EOF\n");

    corpus.deepNesting = dir / "deep-nesting.pdf";
    const std::string nested = std::string(100'000, '[') + std::string(100'000, ']');
    WriteBytes(corpus.deepNesting, BuildPdfBytes(HandMadeThreePages(" /Nest " + nested), 9));

    corpus.flateBomb = dir / "flate-bomb.pdf";
    WriteFlateBomb(corpus.flateBomb);

    corpus.userPassword = dir / "user-password-secret.pdf";
    WriteEncrypted(corpus.userPassword, "secret", "owner-secret");
    corpus.ownerOnly = dir / "owner-password-only.pdf";
    WriteEncrypted(corpus.ownerOnly, "", "owner-secret");

    corpus.javascript = dir / "javascript.pdf";
    WriteJavaScript(corpus.javascript);
    corpus.canary = dir / "canary-metadata.pdf";
    WriteCanary(corpus.canary);

    corpus.empty = dir / "empty.pdf";
    WriteBytes(corpus.empty, "");
    corpus.garbage = dir / "garbage.pdf";
    std::mt19937 random(20260210);
    std::string noise(64 * 1024, '\0');
    for (char& c : noise) {
        c = static_cast<char>(random() & 0xff);
    }
    WriteBytes(corpus.garbage, noise);
    corpus.notPdf = dir / "web-page.pdf";
    WriteBytes(corpus.notPdf, "<!DOCTYPE html>\n<html><body><p>Factura enero</p></body></html>\n");
    return corpus;
}

} // namespace reclama::evidence::test
