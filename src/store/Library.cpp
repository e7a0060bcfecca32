#include "Library.h"

#include "History.h"
#include "ObjectStore.h"
#include "RecordRows.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "Sqlite.h"
#include "core/Error.h"
#include "core/TextFold.h"

#include <algorithm>
#include <set>

namespace reclama::store {
namespace fs = std::filesystem;
using core::RecordId;
using core::RecordKind;

namespace {

std::string Handle(RecordKind kind, RecordId id) { return core::RecordHandle(kind, id); }

template <typename Record>
constexpr RecordKind KindOf();
template <> constexpr RecordKind KindOf<core::Contact>() { return RecordKind::Contact; }
template <> constexpr RecordKind KindOf<core::Promise>() { return RecordKind::Promise; }
template <> constexpr RecordKind KindOf<core::Invoice>() { return RecordKind::Invoice; }
template <> constexpr RecordKind KindOf<core::Payment>() { return RecordKind::Payment; }
template <> constexpr RecordKind KindOf<core::Incident>() { return RecordKind::Incident; }
template <> constexpr RecordKind KindOf<core::Note>() { return RecordKind::Note; }
template <> constexpr RecordKind KindOf<core::Document>() { return RecordKind::Document; }

bool HasLinks(RecordKind kind) {
    return kind == RecordKind::Contact || kind == RecordKind::Invoice || kind == RecordKind::Payment;
}

nlohmann::json SnapshotOf(Connection& db, RecordKind kind, RecordId id) {
    return history::Snapshot(db, rows::TableOf(kind), id, HasLinks(kind) ? Handle(kind, id) : "");
}

void RequireCase(Connection& db, RecordId caseId) {
    Statement st(db, "SELECT 1 FROM cases WHERE id = ?");
    st.Bind(1, caseId);
    if (!st.Step()) throw NotFoundError("there is no case " + std::to_string(caseId));
}

// Links must point at records of the same case: a typo must not tie two disputes together.
void CheckLinks(Connection& db, RecordId caseId, const std::vector<core::DocumentLink>& links,
                const std::string& owner) {
    for (const auto& link : links) {
        if (rows::CaseOf(db, {RecordKind::Document, link.document}) != caseId) {
            throw InputError(owner, "document " + Handle(RecordKind::Document, link.document) +
                                        " does not belong to this case");
        }
    }
}
void CheckContactRef(Connection& db, RecordId caseId, const std::optional<RecordId>& contact,
                     const std::string& owner) {
    if (contact && rows::CaseOf(db, {RecordKind::Contact, *contact}) != caseId) {
        throw InputError(owner, "contact " + Handle(RecordKind::Contact, *contact) +
                                    " does not belong to this case");
    }
}

template <typename Record>
void CheckRefs(Connection&, RecordId, const Record&, const std::string&) {}
template <> void CheckRefs(Connection& db, RecordId caseId, const core::Contact& r, const std::string& o) {
    CheckLinks(db, caseId, r.documents, o);
    CheckContactRef(db, caseId, r.replyTo, o);
}
template <> void CheckRefs(Connection& db, RecordId caseId, const core::Promise& r, const std::string& o) {
    CheckContactRef(db, caseId, r.contact, o);
}
template <> void CheckRefs(Connection& db, RecordId caseId, const core::Invoice& r, const std::string& o) {
    CheckLinks(db, caseId, r.documents, o);
}
template <> void CheckRefs(Connection& db, RecordId caseId, const core::Payment& r, const std::string& o) {
    CheckLinks(db, caseId, r.documents, o);
}

template <typename Record>
std::string BodyFor(Connection&, const Record& r) { return search::BodyOf(r); }
// A document edit carries only title, date and kind: index what is stored.
template <>
std::string BodyFor(Connection& db, const core::Document& r) {
    return search::BodyOf(db, rows::LoadDocument(db, r.id));
}

void TouchCase(Connection& db, RecordId caseId) {
    Statement st(db, "UPDATE cases SET updated_at = ? WHERE id = ?");
    st.BindAll(rows::NowUtc(), caseId).Run();
}

template <typename Record>
RecordId AddRecord(Connection& db, RecordId caseId, const Record& r) {
    constexpr RecordKind kind = KindOf<Record>();
    RequireCase(db, caseId);
    CheckRefs(db, caseId, r, "new " + std::string(core::ToString(kind)));
    RecordId id = rows::Insert(db, caseId, r);
    Record saved = r;
    saved.id = id;
    search::Index(db, caseId, Handle(kind, id), BodyFor(db, saved));
    history::Record(db, caseId, Handle(kind, id), "add", nullptr, SnapshotOf(db, kind, id));
    TouchCase(db, caseId);
    return id;
}

template <typename Record>
void UpdateRecord(Connection& db, const Record& r) {
    constexpr RecordKind kind = KindOf<Record>();
    const std::string handle = Handle(kind, r.id);
    RecordId caseId = rows::CaseOf(db, {kind, r.id});
    if (caseId == 0) throw NotFoundError("there is no record " + handle);
    CheckRefs(db, caseId, r, handle);
    auto before = SnapshotOf(db, kind, r.id);
    rows::Update(db, r);
    auto after = SnapshotOf(db, kind, r.id);
    if (before == after) return; // nothing changed: no history entry
    search::Index(db, caseId, handle, BodyFor(db, r));
    history::Record(db, caseId, handle, "edit", before, after);
    TouchCase(db, caseId);
}

} // namespace

Library::Library(fs::path folder) : m_folder(std::move(folder)) {}
Library::~Library() = default;

std::unique_ptr<Library> Library::Open(const fs::path& folder) {
    std::error_code error;
    fs::create_directories(folder / "objects", error);
    if (error) {
        throw StorageError("cannot create the case library " + folder.string() + ": " +
                           error.message());
    }
    std::unique_ptr<Library> library(new Library(folder));
    library->m_db = std::make_unique<Connection>(folder / "library.db");
    PrepareDatabase(*library->m_db);
    library->m_objects = std::make_unique<ObjectStore>(folder / "objects");
    return library;
}

std::vector<CaseSummary> Library::ListCases() {
    std::vector<CaseSummary> cases;
    // The amount claimed reduces, in core::SummarizeMoney, to what was wrongly billed minus what
    // came back (refunds and compensation); the store test checks both agree.
    Statement st(*m_db,
                 "SELECT c.id, c.title, c.status, json_extract(c.company, '$.name'), c.jurisdiction, "
                 "c.currency, max(c.updated_at, coalesce((SELECT max(at_utc) FROM contacts k "
                 "WHERE k.case_id = c.id), '')), "
                 "(SELECT count(*) FROM contacts WHERE case_id = c.id), "
                 "(SELECT count(*) FROM promises WHERE case_id = c.id), "
                 "(SELECT count(*) FROM invoices WHERE case_id = c.id), "
                 "(SELECT count(*) FROM payments WHERE case_id = c.id), "
                 "(SELECT count(*) FROM incidents WHERE case_id = c.id), "
                 "(SELECT count(*) FROM documents WHERE case_id = c.id), "
                 "(SELECT count(*) FROM notes WHERE case_id = c.id), "
                 "(SELECT count(*) FROM promises WHERE case_id = c.id AND status = 'broken'), "
                 "coalesce((SELECT sum(billed - correct) FROM invoices WHERE case_id = c.id), 0) - "
                 "coalesce((SELECT sum(amount) FROM payments WHERE case_id = c.id AND kind IN "
                 "('refund', 'compensation')), 0) "
                 "FROM cases c ORDER BY c.id");
    while (st.Step()) {
        CaseSummary s;
        s.id = st.Int(0);
        s.title = st.Text(1);
        s.status = core::CaseStatusFromString(st.Text(2)).value_or(core::CaseStatus::Open);
        s.company = st.Text(3);
        s.jurisdiction = st.Text(4);
        s.currency = st.Text(5);
        s.lastActivity = st.Text(6);
        int column = 7;
        for (int* count : {&s.contacts, &s.promises, &s.invoices, &s.payments, &s.incidents,
                           &s.documents, &s.notes, &s.brokenPromises}) {
            *count = static_cast<int>(st.Int(column++));
        }
        s.totalClaimed = {st.Int(column), s.currency};
        cases.push_back(std::move(s));
    }
    return cases;
}

core::Case Library::LoadCase(RecordId id) { return rows::LoadCase(*m_db, id); }

RecordId Library::ResolveCase(const std::string& text) {
    auto isDigit = [](unsigned char ch) { return ch >= '0' && ch <= '9'; };
    if (!text.empty() && std::all_of(text.begin(), text.end(), isDigit)) {
        if (text.size() > 18) throw NotFoundError("there is no case " + text);
        RecordId id = std::stoll(text);
        RequireCase(*m_db, id);
        return id;
    }
    const std::string wanted = core::FoldForMatch(text);
    std::vector<std::pair<RecordId, std::string>> matches;
    Statement st(*m_db, "SELECT id, title FROM cases ORDER BY id");
    while (st.Step()) {
        std::string title = st.Text(1);
        if (!wanted.empty() && core::FoldForMatch(title).rfind(wanted, 0) == 0) {
            matches.emplace_back(st.Int(0), title);
        }
    }
    if (matches.empty()) throw NotFoundError("no case has an id or a title starting with '" + text + "'");
    if (matches.size() > 1) {
        std::string list;
        for (const auto& [id, title] : matches) list += "\n  " + std::to_string(id) + "  " + title;
        throw InputError("CASE", "'" + text + "' matches several cases; give more of the title or the id:" + list);
    }
    return matches.front().first;
}

RecordId Library::CreateCase(const core::Case& header) {
    Transaction tx(*m_db);
    RecordId id = rows::InsertCase(*m_db, header, rows::NowUtc());
    core::Case saved = header;
    saved.id = id;
    search::Index(*m_db, id, "case", search::BodyOf(saved));
    history::Record(*m_db, id, "case", "add", nullptr, history::Snapshot(*m_db, "cases", id, ""));
    tx.Commit();
    return id;
}

void Library::UpdateCaseDetails(const core::Case& header) {
    Transaction tx(*m_db);
    auto before = history::Snapshot(*m_db, "cases", header.id, "");
    if (before.is_null()) throw NotFoundError("there is no case " + std::to_string(header.id));
    rows::UpdateCase(*m_db, header, rows::NowUtc());
    auto after = history::Snapshot(*m_db, "cases", header.id, "");
    search::Index(*m_db, header.id, "case", search::BodyOf(header));
    history::Record(*m_db, header.id, "case", "edit", before, after);
    tx.Commit();
}

void Library::DeleteCase(RecordId id) {
    Transaction tx(*m_db);
    RequireCase(*m_db, id);
    auto before = history::Snapshot(*m_db, "cases", id, "");
    Statement st(*m_db, "DELETE FROM cases WHERE id = ?");
    st.Bind(1, id).Run();
    Statement clear(*m_db, "DELETE FROM search WHERE case_id = ?");
    clear.Bind(1, id).Run();
    history::Record(*m_db, id, "case", "delete", before, nullptr);
    tx.Commit();
}

RecordId Library::ImportCase(const core::Case& c, const std::map<RecordId, fs::path>& documentFiles) {
    // Objects first (outside the transaction: they are content-addressed and harmless), but
    // remember which ones this import created so a failure can take them back out.
    std::vector<std::string> created;
    std::map<RecordId, ObjectStore::Stored> stored;
    try {
        for (const auto& doc : c.documents) {
            auto file = documentFiles.find(doc.id);
            if (file == documentFiles.end()) {
                throw InputError("document " + Handle(RecordKind::Document, doc.id), "has no file");
            }
            auto s = m_objects->Put(file->second);
            if (!s.alreadyStored) created.push_back(s.sha256);
            stored[doc.id] = s;
        }
        Transaction tx(*m_db);
        RecordId caseId = rows::InsertCase(*m_db, c, rows::NowUtc());
        std::map<RecordId, RecordId> docIds, contactIds;
        for (auto doc : c.documents) {
            if (docIds.count(doc.id)) {
                throw InputError(Handle(RecordKind::Document, doc.id), "appears twice in the case");
            }
            const auto& s = stored.at(doc.id);
            doc.sha256 = s.sha256;
            doc.size = s.size;
            docIds[doc.id] = rows::Insert(*m_db, caseId, doc);
        }
        auto remapLinks = [&](std::vector<core::DocumentLink> links, const std::string& owner) {
            for (auto& l : links) {
                auto it = docIds.find(l.document);
                if (it == docIds.end()) {
                    throw InputError(owner, "cites document " + Handle(RecordKind::Document, l.document) +
                                                ", which the case does not have");
                }
                l.document = it->second;
            }
            return links;
        };
        auto contactOf = [&](RecordId temp, const std::string& owner) {
            auto it = contactIds.find(temp);
            if (it == contactIds.end()) {
                throw InputError(owner, "refers to contact " + Handle(RecordKind::Contact, temp) +
                                            ", which the case does not have");
            }
            return it->second;
        };
        // Contacts in file order; reply_to may point forward, so set it in a second pass.
        for (auto k : c.contacts) {
            RecordId temp = k.id;
            const std::string owner = Handle(RecordKind::Contact, temp);
            if (contactIds.count(temp)) throw InputError(owner, "appears twice in the case");
            k.replyTo.reset();
            k.documents = remapLinks(k.documents, owner);
            contactIds[temp] = rows::Insert(*m_db, caseId, k);
        }
        {
            Statement st(*m_db, "UPDATE contacts SET reply_to = ? WHERE id = ?");
            for (const auto& k : c.contacts) {
                if (!k.replyTo) continue;
                st.Reset();
                const std::string owner = Handle(RecordKind::Contact, k.id);
                st.BindAll(contactOf(*k.replyTo, owner), contactIds.at(k.id)).Run();
            }
        }
        for (auto p : c.promises) {
            if (p.contact) p.contact = contactOf(*p.contact, Handle(RecordKind::Promise, p.id));
            rows::Insert(*m_db, caseId, p);
        }
        for (auto i : c.invoices) {
            i.documents = remapLinks(i.documents, Handle(RecordKind::Invoice, i.id));
            rows::Insert(*m_db, caseId, i);
        }
        for (auto m : c.payments) {
            m.documents = remapLinks(m.documents, Handle(RecordKind::Payment, m.id));
            rows::Insert(*m_db, caseId, m);
        }
        for (const auto& o : c.incidents) rows::Insert(*m_db, caseId, o);
        for (const auto& n : c.notes) rows::Insert(*m_db, caseId, n);
        core::Case saved = rows::LoadCase(*m_db, caseId);
        search::ReindexCase(*m_db, saved);
        history::Record(*m_db, caseId, "case", "import", nullptr,
                        history::Snapshot(*m_db, "cases", caseId, ""));
        tx.Commit();
        return caseId;
    } catch (...) {
        for (const auto& sha : created) m_objects->Remove(sha);
        throw;
    }
}

// Each public Add is one user action: one transaction around the shared AddRecord.
template <typename Record>
static RecordId AddInTransaction(Connection& db, RecordId caseId, const Record& r) {
    Transaction tx(db);
    RecordId id = AddRecord(db, caseId, r);
    tx.Commit();
    return id;
}

RecordId Library::Add(RecordId caseId, const core::Contact& r) { return AddInTransaction(*m_db, caseId, r); }
RecordId Library::Add(RecordId caseId, const core::Promise& r) { return AddInTransaction(*m_db, caseId, r); }
RecordId Library::Add(RecordId caseId, const core::Invoice& r) { return AddInTransaction(*m_db, caseId, r); }
RecordId Library::Add(RecordId caseId, const core::Payment& r) { return AddInTransaction(*m_db, caseId, r); }
RecordId Library::Add(RecordId caseId, const core::Incident& r) { return AddInTransaction(*m_db, caseId, r); }
RecordId Library::Add(RecordId caseId, const core::Note& r) { return AddInTransaction(*m_db, caseId, r); }

std::pair<RecordId, RecordId> Library::AddContactWithPromise(RecordId caseId,
                                                            const core::Contact& contact,
                                                            core::Promise promise) {
    Transaction tx(*m_db);
    RecordId contactId = AddRecord(*m_db, caseId, contact);
    promise.contact = contactId;
    RecordId promiseId = AddRecord(*m_db, caseId, promise);
    tx.Commit();
    return {contactId, promiseId};
}

template <typename Record>
static void UpdateInTransaction(Connection& db, const Record& r) {
    Transaction tx(db);
    UpdateRecord(db, r);
    tx.Commit();
}

void Library::Update(const core::Contact& r) { UpdateInTransaction(*m_db, r); }
void Library::Update(const core::Promise& r) { UpdateInTransaction(*m_db, r); }
void Library::Update(const core::Invoice& r) { UpdateInTransaction(*m_db, r); }
void Library::Update(const core::Payment& r) { UpdateInTransaction(*m_db, r); }
void Library::Update(const core::Incident& r) { UpdateInTransaction(*m_db, r); }
void Library::Update(const core::Note& r) { UpdateInTransaction(*m_db, r); }
void Library::Update(const core::Document& r) { UpdateInTransaction(*m_db, r); }

void Library::Delete(core::RecordRef record) {
    Transaction tx(*m_db);
    const std::string handle = Handle(record.kind, record.id);
    RecordId caseId = rows::CaseOf(*m_db, record);
    if (caseId == 0) throw NotFoundError("there is no record " + handle);
    auto before = SnapshotOf(*m_db, record.kind, record.id);
    before["dependents"] = history::Dependents(*m_db, record.kind, record.id);
    Statement st(*m_db, "DELETE FROM " + rows::TableOf(record.kind) + " WHERE id = ?");
    st.Bind(1, record.id).Run();
    Statement links(*m_db, "DELETE FROM document_links WHERE owner = ?");
    links.Bind(1, handle).Run();
    search::Remove(*m_db, caseId, handle);
    history::Record(*m_db, caseId, handle, "delete", before, nullptr);
    TouchCase(*m_db, caseId);
    tx.Commit();
}

RecordId Library::CaseOf(core::RecordRef record) {
    RecordId caseId = rows::CaseOf(*m_db, record);
    if (caseId == 0) throw NotFoundError("there is no record " + Handle(record.kind, record.id));
    return caseId;
}

Library::Attached Library::AttachFile(RecordId caseId, const fs::path& file, core::Document meta,
                                      std::optional<core::RecordRef> linkTo) {
    RequireCase(*m_db, caseId);
    auto s = m_objects->Put(file);
    bool created = !s.alreadyStored;
    try {
        Transaction tx(*m_db);
        Attached result;
        {
            Statement same(*m_db, "SELECT id FROM documents WHERE case_id = ? AND sha256 = ?");
            same.BindAll(caseId, s.sha256);
            result.alreadyStored = s.alreadyStored || same.Step();
        }
        meta.sha256 = s.sha256;
        meta.size = s.size;
        if (meta.originalName.empty()) meta.originalName = file.filename().string();
        if (meta.title.empty()) meta.title = file.stem().string();
        meta.id = AddRecord(*m_db, caseId, meta);
        if (linkTo) {
            if (!HasLinks(linkTo->kind)) {
                throw InputError("--to", "only contacts, invoices and payments cite documents");
            }
            if (rows::CaseOf(*m_db, *linkTo) != caseId) {
                throw InputError("--to", Handle(linkTo->kind, linkTo->id) + " is not a record of this case");
            }
            auto before = SnapshotOf(*m_db, linkTo->kind, linkTo->id);
            Statement next(*m_db, "SELECT coalesce(max(position) + 1, 0) FROM document_links WHERE owner = ?");
            next.Bind(1, Handle(linkTo->kind, linkTo->id));
            next.Step();
            Statement link(*m_db, "INSERT INTO document_links (case_id, owner, position, document_id, page) "
                                  "VALUES (?, ?, ?, ?, NULL)");
            link.BindAll(caseId, Handle(linkTo->kind, linkTo->id), next.Int(0), meta.id).Run();
            history::Record(*m_db, caseId, Handle(linkTo->kind, linkTo->id), "edit", before,
                            SnapshotOf(*m_db, linkTo->kind, linkTo->id));
        }
        tx.Commit();
        result.document = meta;
        return result;
    } catch (...) {
        if (created) m_objects->Remove(s.sha256);
        throw;
    }
}

void Library::LinkDocument(core::RecordRef record, core::DocumentLink link) {
    core::Case c = LoadCase(CaseOf(record));
    auto addTo = [&](auto& records) {
        for (auto& r : records) {
            if (r.id != record.id) continue;
            if (std::find(r.documents.begin(), r.documents.end(), link) == r.documents.end()) {
                r.documents.push_back(link);
                Update(r);
            }
            return;
        }
    };
    switch (record.kind) {
    case RecordKind::Contact: addTo(c.contacts); break;
    case RecordKind::Invoice: addTo(c.invoices); break;
    case RecordKind::Payment: addTo(c.payments); break;
    default: throw InputError("--to", "only contacts, invoices and payments cite documents");
    }
}

fs::path Library::ObjectPath(const std::string& sha256) const { return m_objects->PathOf(sha256); }
fs::path Library::DerivedPath(const std::string& sha256, const std::string& suffix) const {
    return m_objects->DerivedPath(sha256, suffix);
}
void Library::PutDerived(const std::string& sha256, const std::string& suffix, const fs::path& source) {
    m_objects->PutDerived(sha256, suffix, source);
}

std::optional<IntakeRecord> Library::Intake(const std::string& sha256) {
    Statement st(*m_db, "SELECT kind, pages, problem FROM intake WHERE sha256 = ?");
    st.Bind(1, sha256);
    if (!st.Step()) return std::nullopt;
    return IntakeRecord{st.Text(0), static_cast<int>(st.Int(1)), st.Text(2)};
}

void Library::SetIntake(const std::string& sha256, const IntakeRecord& r) {
    Transaction tx(*m_db);
    Statement st(*m_db, "INSERT OR REPLACE INTO intake (sha256, kind, pages, problem) VALUES (?,?,?,?)");
    st.BindAll(sha256, r.kind, std::int64_t{r.pages}, r.problem).Run();
    tx.Commit();
}

void Library::SetDocumentText(RecordId documentId, const std::string& text) {
    Transaction tx(*m_db);
    RecordId caseId = CaseOf({RecordKind::Document, documentId});
    Statement st(*m_db, "INSERT OR REPLACE INTO document_text (document_id, text) VALUES (?, ?)");
    st.BindAll(documentId, text).Run();
    search::Index(*m_db, caseId, Handle(RecordKind::Document, documentId),
                  search::BodyOf(*m_db, rows::LoadDocument(*m_db, documentId)));
    tx.Commit();
}

std::vector<HistoryEntry> Library::History(RecordId caseId) {
    return history::Read(*m_db, "case_id", std::to_string(caseId));
}

std::vector<HistoryEntry> Library::RecordHistory(const std::string& handle) {
    return history::Read(*m_db, "handle", handle);
}

std::vector<HistoryEntry> Library::RecordHistory(core::RecordRef record) {
    return RecordHistory(Handle(record.kind, record.id));
}

std::optional<std::string> Library::UndoLastEdit(RecordId caseId) {
    Transaction tx(*m_db);
    RequireCase(*m_db, caseId);
    auto undone = history::UndoLatest(*m_db, caseId);
    if (!undone) return std::nullopt;
    search::ReindexRecord(*m_db, rows::LoadCase(*m_db, caseId), undone->handle);
    tx.Commit();
    return undone->action + " " + undone->handle;
}

std::vector<SearchHit> Library::Search(const std::string& text, int limit) {
    return search::Query(*m_db, text, limit);
}

} // namespace reclama::store
