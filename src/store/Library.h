#pragma once
// A case library: one SQLite database plus the content-addressed attachment store, in one
// folder. Every public call that changes something is one transaction with its history entry, so
// a failure changes nothing and a crash loses no acknowledged change.

#include "core/Model.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace reclama::store {

class Connection;
class ObjectStore;

struct CaseSummary {
    core::RecordId id = 0;
    std::string title;
    core::CaseStatus status = core::CaseStatus::Open;
    std::string company;
    std::string jurisdiction;
    std::string currency;
    std::string lastActivity; // ISO-8601 UTC of the latest event or edit
    int contacts = 0, promises = 0, invoices = 0, payments = 0, incidents = 0, documents = 0,
        notes = 0;
    int brokenPromises = 0;
    core::Money totalClaimed; // as core::SummarizeMoney computes it, without loading the case
};

struct HistoryEntry {
    std::int64_t id = 0;
    core::RecordId caseId = 0;
    std::string at;     // ISO-8601 UTC
    std::string handle; // "c12", or "case" for the case details
    std::string action; // add, edit, delete, undo
    // Field-level change: name -> (old, new) as text; empty text where there was no value.
    std::vector<std::tuple<std::string, std::string, std::string>> changes;
};

struct SearchHit {
    core::RecordId caseId = 0;
    std::string caseTitle;
    std::string handle;  // record that matched ("c3", "d2", "n1") or "case"
    std::string snippet; // the matching text with [brackets] around the hits
};

// What intake learnt about a stored original (see jobs/Intake.h).
struct IntakeRecord {
    std::string kind;    // pdf, image, text, email, other
    int pages = 0;       // pages of the normalised PDF
    std::string problem; // why its pages cannot be shown; empty when fine
};

class Library {
public:
    // Opens the library in `folder`, creating it on first use. Throws StorageError when it is
    // damaged, written by a newer Reclama, locked, or cannot be created.
    static std::unique_ptr<Library> Open(const std::filesystem::path& folder);
    ~Library();

    const std::filesystem::path& Folder() const { return m_folder; }

    // Cases.
    std::vector<CaseSummary> ListCases();
    core::Case LoadCase(core::RecordId id);
    // A case id ("12") or an unambiguous, case- and accent-insensitive prefix of a title.
    core::RecordId ResolveCase(const std::string& idOrTitlePrefix);
    core::RecordId CreateCase(const core::Case& header);
    void UpdateCaseDetails(const core::Case& header);
    void DeleteCase(core::RecordId id);

    // A whole case with temporary record ids (1..n per kind) and the file of each document.
    // All or nothing: on failure nothing is imported and no new object is left behind.
    core::RecordId ImportCase(const core::Case& c,
                              const std::map<core::RecordId, std::filesystem::path>& documentFiles);

    // Records. Add returns the new id; the record's own id is ignored.
    core::RecordId Add(core::RecordId caseId, const core::Contact& r);
    core::RecordId Add(core::RecordId caseId, const core::Promise& r);
    core::RecordId Add(core::RecordId caseId, const core::Invoice& r);
    core::RecordId Add(core::RecordId caseId, const core::Payment& r);
    core::RecordId Add(core::RecordId caseId, const core::Incident& r);
    core::RecordId Add(core::RecordId caseId, const core::Note& r);
    // A contact and the promise made in it, in one transaction (promise.contact is set).
    std::pair<core::RecordId, core::RecordId> AddContactWithPromise(core::RecordId caseId,
                                                                    const core::Contact& contact,
                                                                    core::Promise promise);
    void Update(const core::Contact& r);
    void Update(const core::Promise& r);
    void Update(const core::Invoice& r);
    void Update(const core::Payment& r);
    void Update(const core::Incident& r);
    void Update(const core::Note& r);
    void Update(const core::Document& r); // title, date, kind
    void Delete(core::RecordRef record);
    // The case a record belongs to; throws NotFoundError naming the handle.
    core::RecordId CaseOf(core::RecordRef record);

    // Attachments.
    struct Attached {
        core::Document document;
        bool alreadyStored = false; // the same bytes were already in the library
    };
    Attached AttachFile(core::RecordId caseId, const std::filesystem::path& file,
                        core::Document meta, std::optional<core::RecordRef> linkTo = {});
    void LinkDocument(core::RecordRef record, core::DocumentLink link);
    std::filesystem::path ObjectPath(const std::string& sha256) const;
    std::filesystem::path DerivedPath(const std::string& sha256, const std::string& suffix) const;
    void PutDerived(const std::string& sha256, const std::string& suffix,
                    const std::filesystem::path& source);
    std::optional<IntakeRecord> Intake(const std::string& sha256);
    void SetIntake(const std::string& sha256, const IntakeRecord& record);
    void SetDocumentText(core::RecordId documentId, const std::string& text);

    // History and undo.
    std::vector<HistoryEntry> History(core::RecordId caseId);
    std::vector<HistoryEntry> RecordHistory(const std::string& handle);
    std::vector<HistoryEntry> RecordHistory(core::RecordRef record);
    // Reverts the latest change of the case not yet undone; returns what was undone, e.g.
    // "edit c12", or nullopt when there is nothing to undo.
    std::optional<std::string> UndoLastEdit(core::RecordId caseId);

    // Plain words, accent- and case-insensitive, never FTS syntax.
    std::vector<SearchHit> Search(const std::string& text, int limit = 50);

    // Maintenance.
    void Backup(const std::filesystem::path& zipFile);
    static void Restore(const std::filesystem::path& zipFile, const std::filesystem::path& folder,
                        bool replace);
    std::vector<std::string> Check(); // problems, one line each; empty when all is well

    Connection& Db() { return *m_db; }

private:
    explicit Library(std::filesystem::path folder);
    std::filesystem::path m_folder;
    std::unique_ptr<Connection> m_db;
    std::unique_ptr<ObjectStore> m_objects;
};

} // namespace reclama::store
