#include "FinishDossier.h"

#include "Manifest.h"
#include "core/Error.h"

#include <qpdf/ClosedFileInputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <ctime>
#include <map>
#include <memory>
#include <random>

namespace reclama::pdf {
namespace fs = std::filesystem;

namespace {

std::string PdfDate(std::int64_t epoch) {
    std::time_t t = static_cast<std::time_t>(epoch);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "D:%Y%m%d%H%M%SZ", &utc);
    return buffer;
}

constexpr double kMm = 72.0 / 25.4;

} // namespace

void FinishDossier(const RenderPlan& plan, const FinishOptions& options) {
    fs::path dir = options.out.has_parent_path() ? options.out.parent_path() : fs::path(".");
    if (!fs::is_directory(dir)) throw InputError(options.out.string(), "its folder does not exist");
    std::random_device random;
    fs::path temp = dir / ("." + options.out.filename().string() + "." + std::to_string(random()) + ".partial");
    struct Cleanup {
        fs::path path;
        bool keep = false;
        ~Cleanup() {
            std::error_code ignored;
            if (!keep) fs::remove(path, ignored);
        }
    } cleanup{temp};
    try {
        QPDF out;
        out.processFile(plan.drawnPdf.c_str());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(out).getAllPages();

        // Each source is opened once and kept (closed between reads) until the file is written.
        std::map<fs::path, std::unique_ptr<QPDF>> sources;
        std::map<fs::path, std::vector<QPDFPageObjectHelper>> sourcePages;
        for (const auto& placement : plan.placements) {
            if (options.cancel && options.cancel->load()) throw CancelledError();
            auto& src = sources[placement.source];
            if (!src) {
                src = std::make_unique<QPDF>();
                src->processInputSource(std::make_shared<ClosedFileInputSource>(placement.source.c_str()));
                sourcePages[placement.source] = QPDFPageDocumentHelper(*src).getAllPages();
            }
            auto& from = sourcePages[placement.source];
            if (placement.sourcePage < 1 || placement.sourcePage > static_cast<int>(from.size())) {
                throw Error("page " + std::to_string(placement.sourcePage) + " of " +
                            placement.source.filename().string() + " does not exist");
            }
            QPDFObjectHandle form = out.copyForeignObject(from[placement.sourcePage - 1].getFormXObjectForPage());
            QPDFPageObjectHelper& page = pages.at(static_cast<std::size_t>(placement.drawnPageIndex));
            QPDFObjectHandle resources = page.getAttribute("/Resources", true);
            if (!resources.isDictionary()) {
                resources = QPDFObjectHandle::newDictionary();
                page.getObjectHandle().replaceKey("/Resources", resources);
            }
            if (!resources.hasKey("/XObject")) resources.replaceKey("/XObject", QPDFObjectHandle::newDictionary());
            int suffix = 0;
            std::string name = resources.getUniqueResourceName("/RcExh", suffix);
            resources.getKey("/XObject").replaceKey(name, form);
            // Inside the margins, below the stamp and above the footer; aspect ratio kept.
            QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
            QPDFObjectHandle::Rectangle rect(box.llx + 20 * kMm, box.lly + 20 * kMm + 14,
                                             box.urx - 15 * kMm, box.ury - 20 * kMm - 4);
            std::string content = page.placeFormXObject(form, name, rect, true, true, true);
            page.addPageContents(QPDFObjectHandle::newStream(&out, "q\n" + content + "\nQ\n"), true);
        }

        QPDFObjectHandle root = out.getRoot();
        root.removeKey("/Metadata");
        root.removeKey("/OpenAction");
        root.removeKey("/AA");
        root.removeKey("/Names");
        QPDFObjectHandle nums = QPDFObjectHandle::newArray();
        nums.appendItem(QPDFObjectHandle::newInteger(0));
        QPDFObjectHandle style = QPDFObjectHandle::newDictionary();
        style.replaceKey("/S", QPDFObjectHandle::newName("/D"));
        style.replaceKey("/St", QPDFObjectHandle::newInteger(1));
        nums.appendItem(style);
        QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums", nums);
        root.replaceKey("/PageLabels", labels);
        if (!options.language.empty()) root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(options.language));

        std::int64_t now = options.fixedEpoch ? *options.fixedEpoch : static_cast<std::int64_t>(std::time(nullptr));
        QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(options.title));
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(options.author));
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(options.subject));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Reclama"));
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Reclama"));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(PdfDate(now)));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(PdfDate(now)));
        info.replaceKey(kManifestKey, QPDFObjectHandle::newUnicodeString(options.manifestJson));
        out.getTrailer().replaceKey("/Info", out.makeIndirectObject(info));

        if (options.cancel && options.cancel->load()) throw CancelledError();
        QPDFWriter writer(out, temp.c_str());
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.setDeterministicID(options.fixedEpoch.has_value());
        writer.write();
    } catch (const std::runtime_error& e) {
        if (dynamic_cast<const reclama::Error*>(&e)) throw;
        throw Error(std::string("the dossier could not be assembled: ") + e.what());
    }
    fs::rename(temp, options.out);
    cleanup.keep = true;
}

std::optional<std::string> ReadManifest(const fs::path& pdf) {
    try {
        QPDF q;
        q.processFile(pdf.c_str());
        QPDFObjectHandle info = q.getTrailer().getKey("/Info");
        if (!info.isDictionary() || !info.hasKey(kManifestKey)) return std::nullopt;
        return info.getKey(kManifestKey).getUTF8Value();
    } catch (const std::runtime_error& e) {
        throw Error(pdf.string() + " cannot be read as a PDF: " + e.what());
    }
}

} // namespace reclama::pdf
