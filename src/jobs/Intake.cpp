#include "Intake.h"

#include "core/Error.h"
#include "evidence/MediaType.h"
#include "evidence/PdfSandbox.h"
#include "evidence/SearchText.h"
#include "store/Library.h"

#include <algorithm>

namespace reclama::jobs {
namespace fs = std::filesystem;

namespace {

constexpr const char* kNormalisedSuffix = "norm.pdf";

IntakeState::Kind KindOf(const std::string& name) {
    if (name == "pdf") return IntakeState::Kind::Pdf;
    if (name == "image") return IntakeState::Kind::Image;
    if (name == "text") return IntakeState::Kind::Text;
    if (name == "email") return IntakeState::Kind::Email;
    return IntakeState::Kind::Other;
}

IntakeState StateOf(store::Library& library, const core::Document& doc,
                    const store::IntakeRecord& record) {
    IntakeState state;
    state.kind = KindOf(record.kind);
    state.pdfPages = record.pages;
    state.problem = record.problem;
    fs::path original = library.ObjectPath(doc.sha256);
    state.drawable = original;
    if (state.kind == IntakeState::Kind::Pdf && record.problem.empty()) {
        state.drawable = library.DerivedPath(doc.sha256, kNormalisedSuffix);
    }
    return state;
}

store::IntakeRecord Examine(store::Library& library, const core::Document& doc) {
    fs::path original = library.ObjectPath(doc.sha256);
    // The stored name keeps its extension: libmagic and the .eml rule need it.
    evidence::EvidenceType type = evidence::ClassifyEvidence(
        evidence::DetectMediaType(original), fs::path(doc.originalName));
    // A file named .pdf that is not one (empty, damaged, renamed) is still offered as a PDF, so
    // the sandbox says what is wrong with it and the dossier names the problem.
    std::string extension = fs::path(doc.originalName).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
    if (extension == ".pdf") type = evidence::EvidenceType::Pdf;
    store::IntakeRecord record{std::string(evidence::ToString(type)), 0, ""};
    if (type == evidence::EvidenceType::Pdf) {
        fs::path temp = library.DerivedPath(doc.sha256, "norm.tmp.pdf");
        auto result = evidence::NormalisePdf(original, temp, {}, doc.originalName);
        if (result.Ok()) {
            library.PutDerived(doc.sha256, kNormalisedSuffix, temp);
            record.pages = result.pageCount;
        } else {
            record.problem = result.problem;
        }
    }
    return record;
}

} // namespace

IntakeState EnsureIntake(store::Library& library, const core::Document& document, bool force) {
    auto known = library.Intake(document.sha256);
    bool derivedMissing = known && known->kind == "pdf" && known->problem.empty() &&
                          !fs::exists(library.DerivedPath(document.sha256, kNormalisedSuffix));
    if (!known || force || derivedMissing) {
        auto record = Examine(library, document);
        library.SetIntake(document.sha256, record);
        known = record;
    }
    auto state = StateOf(library, document, *known);
    return state;
}

void IndexDocumentText(store::Library& library, const core::Document& document) {
    auto type = evidence::ClassifyEvidence(document.mediaType, fs::path(document.originalName));
    std::string text = evidence::ExtractSearchText(library.ObjectPath(document.sha256), type);
    if (!text.empty()) library.SetDocumentText(document.id, text);
}

AttachResult AttachEvidence(store::Library& library, core::RecordId caseId, const fs::path& file,
                            core::Document meta, std::optional<core::RecordRef> linkTo) {
    if (!fs::is_regular_file(file)) throw InputError(file.string(), "is not a file that can be read");
    if (meta.originalName.empty()) meta.originalName = file.filename().string();
    meta.mediaType = evidence::DetectMediaType(file);
    auto attached = library.AttachFile(caseId, file, meta, linkTo);
    AttachResult result{attached.document, attached.alreadyStored, {}};
    result.intake = EnsureIntake(library, attached.document);
    IndexDocumentText(library, attached.document);
    return result;
}

} // namespace reclama::jobs
