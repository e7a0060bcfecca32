// The GUI's CaseRepository over a store::Library and the jobs (import, intake, export).
#include "LibraryRepository.h"

#include "casefile/CaseFile.h"
#include "core/Error.h"
#include "core/Ledger.h"
#include "dossier/Brief.h"
#include "dossier/Profile.h"
#include "dossier/Templates.h"
#include "jobs/ImportJob.h"
#include "jobs/Intake.h"
#include "store/Library.h"

#include <algorithm>
#include <map>

namespace reclama::gui {

namespace {

using core::RecordId;
using core::RecordKind;
using core::RecordRef;

// "2026-01-14T09:05:00Z" (as the store writes last activity) as an EventTime in UTC.
std::optional<core::EventTime> ParseUtc(const std::string& iso) {
    if (iso.size() < 10) return std::nullopt;
    try {
        return core::ParseEventTime(iso, "UTC");
    } catch (const std::exception&) {
        try {
            return core::ParseEventTime(iso.substr(0, 10), "UTC");
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
}

// One field change of the store's history as a line a person reads.
std::string DescribeChanges(const store::HistoryEntry& e) {
    std::string text;
    for (const auto& [field, before, after] : e.changes) {
        if (!text.empty()) text += "\n";
        text += field + ": ";
        if (!before.empty()) text += before + " \u2192 ";
        text += after.empty() ? "\u2014" : after;
    }
    return text;
}

// When the last contact, payment, note or incident took place.
std::optional<core::EventTime> LatestEvent(const core::Case& c) {
    std::optional<core::EventTime> latest;
    auto consider = [&](const core::EventTime& t) {
        if (!latest || core::EarlierThan(*latest, t)) latest = t;
    };
    for (const auto& k : c.contacts) consider(k.at);
    for (const auto& m : c.payments) consider(m.at);
    for (const auto& n : c.notes) consider(n.at);
    for (const auto& o : c.incidents) consider(o.from);
    return latest;
}

class LibraryRepository : public CaseRepository {
public:
    explicit LibraryRepository(std::filesystem::path folder)
        : m_folder(std::move(folder)), m_lib(store::Library::Open(m_folder)) {}

    std::filesystem::path Folder() const override { return m_folder; }

    std::vector<CaseRow> ListCases(const core::Date&) override {
        std::vector<CaseRow> rows;
        for (const auto& s : m_lib->ListCases()) {
            CaseRow row;
            row.id = s.id;
            row.title = s.title;
            row.status = s.status;
            row.company = s.company;
            row.brokenPromises = s.brokenPromises;
            row.jurisdiction = s.jurisdiction;
            // The amount claimed needs the invoices and payments: computed from the case, which
            // is kept until it changes, so opening it next costs nothing.
            const core::Case& c = Cached(s.id, s.lastActivity);
            row.totalClaimed = core::SummarizeMoney(c).totalClaimed;
            // The latest thing that happened in the dispute (the store's figure also counts
            // edits, so an import made today would read as activity today).
            row.lastActivity = LatestEvent(c);
            if (!row.lastActivity) row.lastActivity = ParseUtc(s.lastActivity);
            rows.push_back(std::move(row));
        }
        // Forget cases that are gone (deleted, undone, restored over).
        std::erase_if(m_cache, [&](const auto& entry) {
            return std::none_of(rows.begin(), rows.end(),
                                [&](const CaseRow& r) { return r.id == entry.first; });
        });
        return rows;
    }

    std::vector<RecordId> SearchCases(const std::string& text) override {
        std::vector<RecordId> ids;
        for (const auto& hit : m_lib->Search(text, 500))
            if (std::find(ids.begin(), ids.end(), hit.caseId) == ids.end()) ids.push_back(hit.caseId);
        return ids;
    }

    core::Case LoadCase(RecordId id) override {
        if (auto it = m_cache.find(id); it != m_cache.end()) return it->second.c;
        core::Case c = m_lib->LoadCase(id);
        m_cache[id] = {std::string(), c};
        return c;
    }

    RecordId CreateCase(const core::Case& header) override {
        const RecordId id = m_lib->CreateCase(header);
        Touched(id);
        return id;
    }
    void SaveCaseHeader(const core::Case& header) override {
        m_lib->UpdateCaseDetails(header);
        Touched(header.id);
    }

    RecordId AddContact(RecordId caseId, const core::Contact& r) override { return Added(caseId, r); }
    RecordId AddPromise(RecordId caseId, const core::Promise& r) override { return Added(caseId, r); }
    RecordId AddInvoice(RecordId caseId, const core::Invoice& r) override { return Added(caseId, r); }
    RecordId AddPayment(RecordId caseId, const core::Payment& r) override { return Added(caseId, r); }
    RecordId AddNote(RecordId caseId, const core::Note& r) override { return Added(caseId, r); }
    void UpdateContact(RecordId caseId, const core::Contact& r) override { Updated(caseId, r); }
    void UpdatePromise(RecordId caseId, const core::Promise& r) override { Updated(caseId, r); }
    void UpdateInvoice(RecordId caseId, const core::Invoice& r) override { Updated(caseId, r); }
    void UpdatePayment(RecordId caseId, const core::Payment& r) override { Updated(caseId, r); }
    void UpdateNote(RecordId caseId, const core::Note& r) override { Updated(caseId, r); }

    void DeleteRecord(RecordId caseId, RecordRef record) override {
        RequireInCase(caseId, record);
        m_lib->Delete(record);
        Touched(caseId);
    }

    RecordId AddContactWithPromise(RecordId caseId, const core::Contact& c,
                                   const std::optional<core::Promise>& p) override {
        RecordId id = 0;
        if (p)
            id = m_lib->AddContactWithPromise(caseId, c, *p).first;
        else
            id = m_lib->Add(caseId, c);
        Touched(caseId);
        return id;
    }

    std::optional<std::string> UndoLastEdit(RecordId caseId) override {
        const RecordId target = caseId ? caseId : m_lastEdited;
        if (!target) return std::nullopt;
        auto what = m_lib->UndoLastEdit(target);
        Touched(target);
        return what;
    }

    std::vector<HistoryEntry> History(RecordId caseId, RecordRef record) override {
        std::vector<HistoryEntry> out;
        const std::string handle = core::RecordHandle(record.kind, record.id);
        for (const auto& e : m_lib->RecordHistory(handle)) {
            if (e.caseId != caseId) continue;
            out.push_back({e.at, e.action, DescribeChanges(e)});
        }
        return out;
    }

    core::Document AttachFile(RecordId caseId, const std::filesystem::path& file,
                              std::optional<RecordRef> linkTo) override {
        core::Document meta;
        meta.title = file.stem().string();
        auto result = jobs::AttachEvidence(*m_lib, caseId, file, meta, linkTo);
        Touched(caseId);
        return result.document;
    }

    std::optional<std::filesystem::path> DocumentFile(const core::Document& doc) override {
        if (doc.sha256.empty()) return std::nullopt;
        auto path = m_lib->ObjectPath(doc.sha256);
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
        return path;
    }

    jobs::ImportResult ImportCaseFile(const std::filesystem::path& file) override {
        jobs::SilentProgress progress;
        auto result = jobs::ImportCaseFile(*m_lib, file, progress);
        Touched(result.caseId);
        return result;
    }

    void ExportCaseFile(RecordId caseId, const std::filesystem::path& zip) override {
        const core::Case c = m_lib->LoadCase(caseId);
        casefile::WriteCaseZip(
            c, [this](const core::Document& d) { return m_lib->ObjectPath(d.sha256); }, zip);
    }

    void Backup(const std::filesystem::path& file) override { m_lib->Backup(file); }

    void Restore(const std::filesystem::path& file) override {
        // The library holds the folder's lock: let go of it, restore, and open the result (or
        // the untouched library again when the restore failed).
        m_cache.clear();
        m_lastEdited = 0;
        m_lib.reset();
        try {
            store::Library::Restore(file, m_folder, true);
        } catch (...) {
            m_lib = store::Library::Open(m_folder);
            throw;
        }
        m_lib = store::Library::Open(m_folder);
    }

    std::vector<std::string> Check() override { return m_lib->Check(); }

    std::vector<jobs::PreflightItem> Preflight(RecordId caseId,
                                               const jobs::ExportOptions& options) override {
        return jobs::Preflight(*m_lib, caseId, options);
    }

    jobs::ExportResult Export(RecordId caseId, const jobs::ExportOptions& options,
                              jobs::Progress& progress) override {
        // The window's connection belongs to the window's thread; SQLite (WAL) lets this one
        // read a consistent snapshot while the person goes on logging calls.
        const auto library = store::Library::Open(m_folder);
        return jobs::ExportDossier(*library, caseId, options, progress);
    }

    std::vector<ProfileChoice> Profiles() override {
        std::vector<ProfileChoice> choices;
        for (const auto& p : dossier::LoadProfiles(dossier::TemplatesDir()))
            choices.push_back({p.name, p.title, p.language, p.sections, p.sizeCapBytes});
        auto generic = std::find_if(choices.begin(), choices.end(),
                                    [](const ProfileChoice& c) { return c.name == "generic"; });
        if (generic != choices.end()) std::rotate(choices.begin(), generic, generic + 1);
        return choices;
    }

    std::vector<std::string> SectionKeys() override { return dossier::AllSectionKeys(); }

    std::string Brief(RecordId caseId, const core::Date& today,
                      const std::string& language) override {
        return dossier::BuildBrief(LoadCase(caseId), language, today);
    }

private:
    struct CacheEntry {
        std::string lastActivity; // as the store reported it when loaded; empty: loaded directly
        core::Case c;
    };

    // The case, loaded again only when the library says it changed since.
    const core::Case& Cached(RecordId id, const std::string& lastActivity) {
        auto it = m_cache.find(id);
        if (it != m_cache.end()) {
            // Loaded by LoadCase after our own last edit: that is the state the library reports.
            if (it->second.lastActivity.empty()) it->second.lastActivity = lastActivity;
            if (it->second.lastActivity == lastActivity) return it->second.c;
        }
        return m_cache.insert_or_assign(id, CacheEntry{lastActivity, m_lib->LoadCase(id)})
            .first->second.c;
    }

    void Touched(RecordId caseId) {
        m_cache.erase(caseId);
        if (caseId) m_lastEdited = caseId;
    }

    void RequireInCase(RecordId caseId, RecordRef record) {
        if (m_lib->CaseOf(record) != caseId)
            throw InputError(core::RecordHandle(record.kind, record.id),
                             "the record does not belong to case " + std::to_string(caseId));
    }

    template <typename Record>
    RecordId Added(RecordId caseId, const Record& r) {
        const RecordId id = m_lib->Add(caseId, r);
        Touched(caseId);
        return id;
    }

    template <typename Record>
    void Updated(RecordId caseId, const Record& r) {
        RequireInCase(caseId, RecordRef{KindOf(r), r.id});
        m_lib->Update(r);
        Touched(caseId);
    }

    static RecordKind KindOf(const core::Contact&) { return RecordKind::Contact; }
    static RecordKind KindOf(const core::Promise&) { return RecordKind::Promise; }
    static RecordKind KindOf(const core::Invoice&) { return RecordKind::Invoice; }
    static RecordKind KindOf(const core::Payment&) { return RecordKind::Payment; }
    static RecordKind KindOf(const core::Note&) { return RecordKind::Note; }

    std::filesystem::path m_folder;
    std::unique_ptr<store::Library> m_lib;
    std::map<RecordId, CacheEntry> m_cache;
    RecordId m_lastEdited = 0;
};

} // namespace

std::unique_ptr<CaseRepository> OpenLibraryRepository(const std::filesystem::path& folder) {
    return std::make_unique<LibraryRepository>(folder);
}

} // namespace reclama::gui
