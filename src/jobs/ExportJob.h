#pragma once
// Turning a case into its PDF dossier (and optionally the evidence package): the one job behind
// the GUI's Export button and `reclama-cli export`. A cancelled or failed export leaves no file.

#include "Progress.h"
#include "core/Model.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::store { class Library; }

namespace reclama::jobs {

struct ExportOptions {
    std::filesystem::path out;             // FILE.pdf
    std::string profile = "generic";
    std::string language;                  // empty: the case's language
    std::vector<std::string> sections;     // empty: the profile's sections
    std::optional<std::filesystem::path> evidenceZip;
    std::optional<std::filesystem::path> splitDir;
    bool deterministic = false;            // byte-identical output for identical input
    std::optional<std::int64_t> epoch;     // SOURCE_DATE_EPOCH; implies deterministic
    core::Date today;
};

// What a pre-flight item is about, so that each front end can word it in its own language.
enum class PreflightKind {
    PromiseWithoutDueDate,   // subject: the promise's text
    ContactWithoutReference, // subject: the contact's summary
    UnreadableExhibit,       // subject: the document's title; detail: why
    OverSizeCap,             // bytes: the attachments' total; capBytes: the profile's cap
};

// Something worth fixing before sending the dossier, tied to the record it is about.
struct PreflightItem {
    std::string handle{};  // "p3", "c2", "d4"; empty for the whole case
    std::string message{}; // in plain English (the CLI prints it)
    bool blocking = false; // an exhibit whose pages cannot be included
    PreflightKind kind = PreflightKind::PromiseWithoutDueDate;
    std::string subject{};
    std::string detail{};
    std::int64_t bytes = 0, capBytes = 0;
};

struct ExportResult {
    std::vector<std::filesystem::path> files;
    std::vector<std::string> warnings;
    std::vector<PreflightItem> preflight;
    bool incomplete = false; // some exhibit's pages are not included
};

std::vector<PreflightItem> Preflight(store::Library& library, core::RecordId caseId,
                                     const ExportOptions& options);
ExportResult ExportDossier(store::Library& library, core::RecordId caseId,
                           const ExportOptions& options, Progress& progress);

} // namespace reclama::jobs
