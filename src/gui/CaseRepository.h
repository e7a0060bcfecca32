#pragma once
// What the window needs from a case library, in the GUI's own terms. LibraryRepository
// implements it over store::Library; keeping it narrow documents exactly what the GUI relies on.

#include "core/Model.h"
#include "jobs/ExportJob.h"
#include "jobs/ImportJob.h"
#include "jobs/Progress.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reclama::gui {

// One line of the case list.
struct CaseRow {
    core::RecordId id = 0;
    std::string title;
    core::CaseStatus status = core::CaseStatus::Open;
    std::string company;
    std::optional<core::EventTime> lastActivity;
    int brokenPromises = 0;
    core::Money totalClaimed;
    std::string jurisdiction;
};

// A recipient profile as the export dialog offers it.
struct ProfileChoice {
    std::string name;                         // "es-omic"
    std::map<std::string, std::string> title; // by language: "OMIC (España)", "OMIC (Spain)"
    std::string language;                     // the dossier language it defaults to
    std::vector<std::string> sections;        // section keys in order
    std::int64_t sizeCapBytes = 0;            // 0: no cap
};

// One entry of a record's history, newest last.
struct HistoryEntry {
    std::string when;    // ISO-8601 UTC
    std::string action;  // "create", "update", "delete", "undo"
    std::string details; // the record as it was after the change (JSON text)
};

class CaseRepository {
public:
    virtual ~CaseRepository() = default;
    virtual std::filesystem::path Folder() const = 0;

    virtual std::vector<CaseRow> ListCases(const core::Date& today) = 0;
    // Cases whose title or records match `text` (plain words).
    virtual std::vector<core::RecordId> SearchCases(const std::string& text) = 0;
    virtual core::Case LoadCase(core::RecordId id) = 0;
    virtual core::RecordId CreateCase(const core::Case& header) = 0;
    virtual void SaveCaseHeader(const core::Case& header) = 0;

    // Each call is one transaction with history; the new id is returned for additions.
    virtual core::RecordId AddContact(core::RecordId caseId, const core::Contact& r) = 0;
    virtual core::RecordId AddPromise(core::RecordId caseId, const core::Promise& r) = 0;
    virtual core::RecordId AddInvoice(core::RecordId caseId, const core::Invoice& r) = 0;
    virtual core::RecordId AddPayment(core::RecordId caseId, const core::Payment& r) = 0;
    virtual core::RecordId AddNote(core::RecordId caseId, const core::Note& r) = 0;
    virtual void UpdateContact(core::RecordId caseId, const core::Contact& r) = 0;
    virtual void UpdatePromise(core::RecordId caseId, const core::Promise& r) = 0;
    virtual void UpdateInvoice(core::RecordId caseId, const core::Invoice& r) = 0;
    virtual void UpdatePayment(core::RecordId caseId, const core::Payment& r) = 0;
    virtual void UpdateNote(core::RecordId caseId, const core::Note& r) = 0;
    virtual void DeleteRecord(core::RecordId caseId, core::RecordRef record) = 0;
    // A contact and the promise made in it, in one transaction (the "Log a call" dialog).
    virtual core::RecordId AddContactWithPromise(core::RecordId caseId, const core::Contact& c,
                                                 const std::optional<core::Promise>& p) = 0;

    // Undoes the last edit of case `caseId` (0: of the case edited last); returns a short
    // description, or nullopt when there is none.
    virtual std::optional<std::string> UndoLastEdit(core::RecordId caseId) = 0;
    virtual std::vector<HistoryEntry> History(core::RecordId caseId, core::RecordRef record) = 0;

    // Stores a file as evidence (once per content), optionally linked to a record.
    virtual core::Document AttachFile(core::RecordId caseId, const std::filesystem::path& file,
                                      std::optional<core::RecordRef> linkTo) = 0;
    virtual std::optional<std::filesystem::path> DocumentFile(const core::Document& doc) = 0;

    // .reclama files, backups and the library check.
    // All or nothing (jobs::ImportCaseFile); the warnings name attachments that could not be read.
    virtual jobs::ImportResult ImportCaseFile(const std::filesystem::path& file) = 0;
    virtual void ExportCaseFile(core::RecordId caseId, const std::filesystem::path& zip) = 0;
    virtual void Backup(const std::filesystem::path& file) = 0;
    virtual void Restore(const std::filesystem::path& file) = 0;
    virtual std::vector<std::string> Check() = 0; // problems found, empty when all is well

    // The dossier (jobs::ExportDossier) and what to fix before sending it.
    virtual std::vector<jobs::PreflightItem> Preflight(core::RecordId caseId,
                                                       const jobs::ExportOptions& options) = 0;
    // Safe to call on a worker thread while the window goes on using the library: it works on a
    // connection of its own.
    virtual jobs::ExportResult Export(core::RecordId caseId, const jobs::ExportOptions& options,
                                      jobs::Progress& progress) = 0;
    // The recipient profiles (templates/profiles), "generic" first.
    virtual std::vector<ProfileChoice> Profiles() = 0;
    // Every section key a dossier may have, in the default order.
    virtual std::vector<std::string> SectionKeys() = 0;
    // The "next call" brief: what to say and ask on the next call, in `language`.
    virtual std::string Brief(core::RecordId caseId, const core::Date& today,
                              const std::string& language) = 0;
};

} // namespace reclama::gui
