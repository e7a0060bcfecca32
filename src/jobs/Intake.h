#pragma once
// Taking an attachment in: a PDF is normalised once in the sandbox helper (copy kept beside the
// untouched original), text-like files are indexed for search. A damaged or hostile file is
// still evidence: it stays stored and the reason it cannot be shown is remembered.

#include "core/Model.h"

#include <filesystem>
#include <optional>
#include <string>

namespace reclama::store { class Library; }

namespace reclama::jobs {

// What the export needs to know about a stored attachment.
struct IntakeState {
    enum class Kind { Pdf, Image, Text, Email, Other } kind = Kind::Other;
    std::filesystem::path drawable; // normalised PDF, or the original for the other kinds
    int pdfPages = 0;
    std::string problem; // non-empty: the pages cannot be included, and why
};

// Runs intake for a document if it has not run yet (or `force`), and returns its state.
IntakeState EnsureIntake(store::Library& library, const core::Document& document,
                         bool force = false);

// Indexes the words of a text-like attachment (.txt, e-mail) for search; others have none.
void IndexDocumentText(store::Library& library, const core::Document& document);

// Stores a file as evidence of a case (once per SHA-256), links it to a record if given, and
// runs intake. Returns the document record (with `alreadyStored` when the bytes were known).
struct AttachResult {
    core::Document document;
    bool alreadyStored = false;
    IntakeState intake;
};
AttachResult AttachEvidence(store::Library& library, core::RecordId caseId,
                            const std::filesystem::path& file, core::Document meta,
                            std::optional<core::RecordRef> linkTo);

} // namespace reclama::jobs
