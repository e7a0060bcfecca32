// The normalising pass of the sandbox helper, with libqpdf.
#include "evidence/PdfNormaliser.h"

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <vector>

namespace reclama::evidence::sandbox {
namespace {

// Keys whose values can run code, carry files or leak who made the document and where.
constexpr std::array<std::string_view, 7> kActiveKeys = {
    "/AA", "/OpenAction", "/JS", "/JavaScript", "/EmbeddedFiles", "/EF", "/XFA"};
constexpr std::array<std::string_view, 2> kMetadataKeys = {"/Metadata", "/PieceInfo"};

// Actions that run code, open or submit files, or reach out of the document. GoTo, URI and
// Named stay: they only move inside the file or show a link the reader chooses to follow.
constexpr std::array<std::string_view, 11> kUnsafeActions = {
    "/JavaScript", "/Launch", "/SubmitForm", "/ImportData",       "/GoToE",     "/GoToR",
    "/Rendition",  "/Sound",  "/Movie",      "/RichMediaExecute", "/GoTo3DView"};

// Annotations that embed files or play media.
constexpr std::array<std::string_view, 6> kUnsafeAnnotations = {
    "/FileAttachment", "/RichMedia", "/Screen", "/Movie", "/Sound", "/3D"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool HasNameIn(QPDFObjectHandle dict, const char* key, auto const& names) {
    if (!dict.hasKey(key)) {
        return false;
    }
    QPDFObjectHandle value = dict.getKey(key);
    return value.isName() && Contains(names, value.getName());
}

bool IsUnsafeAction(QPDFObjectHandle object) {
    return object.isDictionary() && HasNameIn(object, "/S", kUnsafeActions);
}

// Objects cut out of the graph entirely (not merely emptied), so none of their bytes are written.
bool IsUnsafeObject(QPDFObjectHandle object) {
    if (!object.isDictionary()) {
        return false;
    }
    if (IsUnsafeAction(object) || HasNameIn(object, "/Subtype", kUnsafeAnnotations)) {
        return true;
    }
    const bool isLink = object.hasKey("/Subtype") && object.getKey("/Subtype").isName() &&
                        object.getKey("/Subtype").getName() == "/Link";
    return isLink && object.hasKey("/A") && IsUnsafeAction(object.getKey("/A"));
}

// Counts decoded bytes of one stream and stops at the limit (qpdf swallows exceptions thrown
// while piping, so the verdict is read from `exceeded` afterwards).
class LimitPipeline final : public Pipeline {
public:
    explicit LimitPipeline(std::uint64_t limit) : Pipeline("size limit", nullptr), m_limit(limit) {}
    void write(unsigned char const*, size_t length) override {
        m_count += length;
        if (m_count > m_limit) {
            exceeded = true;
            throw std::length_error("stream too large");
        }
    }
    void finish() override {}
    bool exceeded = false;

private:
    std::uint64_t m_limit;
    std::uint64_t m_count = 0;
};

struct CleanResult {
    bool removedActive = false;
    bool removedMetadata = false;
    std::vector<QPDFObjectHandle> streams;
};

// Walks everything the writer will write, starting at the trailer, without recursion (hostile
// files nest deeply), removing what must not survive and collecting the streams.
CleanResult CleanReachable(QPDF& pdf) {
    CleanResult result;
    QPDFObjectHandle trailer = pdf.getTrailer();
    if (trailer.hasKey("/Info")) {
        trailer.removeKey("/Info");
        result.removedMetadata = true;
    }
    std::vector<QPDFObjectHandle> pending{trailer};
    std::set<QPDFObjGen> seen;
    while (!pending.empty()) {
        QPDFObjectHandle object = pending.back();
        pending.pop_back();
        if (object.isIndirect() && !seen.insert(object.getObjGen()).second) {
            continue;
        }
        if (object.isStream()) {
            result.streams.push_back(object);
            object = object.getDict();
        }
        if (object.isDictionary()) {
            for (const std::string& key : object.getKeys()) {
                if (Contains(kActiveKeys, key)) {
                    object.removeKey(key);
                    result.removedActive = true;
                    continue;
                }
                if (Contains(kMetadataKeys, key)) {
                    object.removeKey(key);
                    result.removedMetadata = true;
                    continue;
                }
                QPDFObjectHandle value = object.getKey(key);
                if (IsUnsafeObject(value)) {
                    object.removeKey(key);
                    result.removedActive = true;
                    continue;
                }
                // Back links (/Parent, /P) are followed too: the writer writes what they reach.
                pending.push_back(value);
            }
        } else if (object.isArray()) {
            for (int i = object.getArrayNItems() - 1; i >= 0; --i) {
                QPDFObjectHandle item = object.getArrayItem(i);
                if (IsUnsafeObject(item)) {
                    object.eraseItem(i);
                    result.removedActive = true;
                } else {
                    pending.push_back(item);
                }
            }
        }
    }
    return result;
}

// ": <first warning>" or nothing: the likeliest cause, for the log.
std::string FirstWarning(QPDF& pdf) {
    const std::vector<QPDFExc> warnings = pdf.getWarnings();
    return warnings.empty() ? std::string() : ": " + warnings.front().getMessageDetail();
}

HelperReport Failure(HelperStatus status, std::string detail) {
    HelperReport report;
    report.status = status;
    report.detail = std::move(detail);
    return report;
}

} // namespace

HelperReport NormaliseUntrustedPdf(const std::string& input, const std::string& output,
                                   std::uint64_t maxStreamBytes) {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    try {
        pdf.processFile(input.c_str(), "");
    } catch (const QPDFExc& e) {
        if (e.getErrorCode() == qpdf_e_password) {
            return Failure(HelperStatus::NeedsPassword, e.getMessageDetail());
        }
        return Failure(HelperStatus::Unreadable, e.getMessageDetail());
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        return Failure(HelperStatus::Unreadable, e.what());
    }

    HelperReport report;
    try {
        report.encrypted = pdf.isEncrypted();
        std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
        const std::size_t pageCount = pages.size();
        if (pageCount == 0) {
            return Failure(HelperStatus::Unreadable, "the document has no pages");
        }
        // A page qpdf had to replace with null would silently vanish from the dossier: a
        // document missing pages is not shown as if it were whole.
        for (std::size_t i = 0; i < pageCount; ++i) {
            if (!pages[i].isDictionary() ||
                !QPDFPageObjectHelper(pages[i]).getMediaBox().isArray()) {
                return Failure(HelperStatus::Unreadable,
                               "page " + std::to_string(i + 1) + " is damaged" + FirstWarning(pdf));
            }
        }
        CleanResult cleaned = CleanReachable(pdf);
        report.removedActiveContent = cleaned.removedActive;
        report.removedMetadata = cleaned.removedMetadata;
        for (QPDFObjectHandle& stream : cleaned.streams) {
            LimitPipeline limit(maxStreamBytes);
            stream.pipeStreamData(&limit, 0, qpdf_dl_generalized, true, false);
            if (limit.exceeded) {
                return Failure(HelperStatus::TooLarge, "stream " + stream.getObjGen().unparse(' ') +
                                                           " decodes to more than " +
                                                           std::to_string(maxStreamBytes) +
                                                           " bytes");
            }
        }

        QPDFWriter writer(pdf, output.c_str());
        writer.setPreserveEncryption(false);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.setDecodeLevel(qpdf_dl_generalized);
        writer.setDeterministicID(true);
        writer.write();
        report.repaired = pdf.anyWarnings();

        // Read the copy back: what the parent is told must be true of the file it gets.
        QPDF copy;
        copy.setSuppressWarnings(true);
        copy.processFile(output.c_str());
        report.pages = static_cast<int>(copy.getAllPages().size());
        if (copy.anyWarnings() || static_cast<std::size_t>(report.pages) != pageCount) {
            return Failure(HelperStatus::Unreadable,
                           "the normalised copy did not read back cleanly" + FirstWarning(copy));
        }
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const QPDFExc& e) {
        return Failure(HelperStatus::Unreadable, e.getMessageDetail());
    } catch (const std::exception& e) {
        return Failure(HelperStatus::Unreadable, e.what());
    }
    report.status = HelperStatus::Ok;
    return report;
}

} // namespace reclama::evidence::sandbox
