#include "SearchIndex.h"

#include <optional>
#include <sstream>

namespace reclama::store::search {

namespace {

// Each indexed record has a fixed rowid derived from its handle, so replacing or removing its
// entry is a lookup, never a scan of the whole index.
std::int64_t RowidOf(core::RecordId caseId, const std::string& handle) {
    if (handle == "case") return (std::int64_t{8} << 48) | caseId;
    auto ref = core::ParseRecordHandle(handle);
    std::int64_t kind = ref ? static_cast<std::int64_t>(ref->kind) + 1 : 9;
    return (kind << 48) | (ref ? ref->id : 0);
}

} // namespace

void Index(Connection& db, core::RecordId caseId, const std::string& handle,
           const std::string& body) {
    Remove(db, caseId, handle);
    Statement st(db, "INSERT INTO search (rowid, body, case_id, handle) VALUES (?, ?, ?, ?)");
    st.BindAll(RowidOf(caseId, handle), body, caseId, handle).Run();
}

void Remove(Connection& db, core::RecordId caseId, const std::string& handle) {
    Statement st(db, "DELETE FROM search WHERE rowid = ?");
    st.Bind(1, RowidOf(caseId, handle)).Run();
}

std::string BodyOf(const core::Case& h) {
    std::string body = h.title + "\n" + h.summary + "\n" + h.remedy + "\n" + h.company.name +
                       "\n" + h.company.customerNumber + "\n" + h.claimant.name;
    for (const auto& r : h.references) body += "\n" + r.label + " " + r.value;
    return body;
}
std::string BodyOf(const core::Contact& r) {
    return r.summary + "\n" + r.quote + "\n" + r.agent + " " + r.agentId + "\n" + r.department +
           "\n" + r.reference;
}
std::string BodyOf(const core::Promise& r) { return r.text + "\n" + r.by; }
std::string BodyOf(const core::Invoice& r) { return r.number; }
std::string BodyOf(const core::Payment& r) { return r.reference; }
std::string BodyOf(const core::Incident& r) { return r.description; }
std::string BodyOf(const core::Note& r) { return r.text; }
std::string BodyOf(Connection& db, const core::Document& r) {
    std::string text;
    Statement st(db, "SELECT text FROM document_text WHERE document_id = ?");
    st.Bind(1, r.id);
    if (st.Step()) text = st.Text(0);
    return r.title + "\n" + r.originalName + "\n" + text;
}

void ReindexCase(Connection& db, const core::Case& c) {
    Statement clear(db, "DELETE FROM search WHERE case_id = ?");
    clear.Bind(1, c.id).Run();
    using K = core::RecordKind;
    Index(db, c.id, "case", BodyOf(c));
    for (const auto& r : c.contacts) Index(db, c.id, core::RecordHandle(K::Contact, r.id), BodyOf(r));
    for (const auto& r : c.promises) Index(db, c.id, core::RecordHandle(K::Promise, r.id), BodyOf(r));
    for (const auto& r : c.invoices) Index(db, c.id, core::RecordHandle(K::Invoice, r.id), BodyOf(r));
    for (const auto& r : c.payments) Index(db, c.id, core::RecordHandle(K::Payment, r.id), BodyOf(r));
    for (const auto& r : c.incidents) Index(db, c.id, core::RecordHandle(K::Incident, r.id), BodyOf(r));
    for (const auto& r : c.notes) Index(db, c.id, core::RecordHandle(K::Note, r.id), BodyOf(r));
    for (const auto& r : c.documents)
        Index(db, c.id, core::RecordHandle(K::Document, r.id), BodyOf(db, r));
}

namespace {
template <class Record>
const Record* FindById(const std::vector<Record>& records, core::RecordId id) {
    for (const auto& r : records)
        if (r.id == id) return &r;
    return nullptr;
}
} // namespace

void ReindexRecord(Connection& db, const core::Case& c, const std::string& handle) {
    if (handle == "case") return Index(db, c.id, handle, BodyOf(c));
    auto ref = core::ParseRecordHandle(handle);
    if (!ref) return;
    std::optional<std::string> body;
    auto take = [&](const auto* r) {
        if (r) body = BodyOf(*r);
    };
    using K = core::RecordKind;
    switch (ref->kind) {
    case K::Contact: take(FindById(c.contacts, ref->id)); break;
    case K::Promise: take(FindById(c.promises, ref->id)); break;
    case K::Invoice: take(FindById(c.invoices, ref->id)); break;
    case K::Payment: take(FindById(c.payments, ref->id)); break;
    case K::Incident: take(FindById(c.incidents, ref->id)); break;
    case K::Note: take(FindById(c.notes, ref->id)); break;
    case K::Document:
        if (const auto* d = FindById(c.documents, ref->id)) body = BodyOf(db, *d);
        break;
    }
    if (body) Index(db, c.id, handle, *body);
    else Remove(db, c.id, handle);
}

std::string ToFtsQuery(const std::string& text) {
    std::istringstream words(text);
    std::string word, query;
    while (words >> word) {
        std::string quoted = "\"";
        for (char ch : word) {
            if (ch == '"') quoted += "\"\"";
            else quoted += ch;
        }
        quoted += "\"*";
        query += (query.empty() ? "" : " ") + quoted;
    }
    return query;
}

std::vector<SearchHit> Query(Connection& db, const std::string& text, int limit) {
    std::vector<SearchHit> hits;
    std::string query = ToFtsQuery(text);
    if (query.empty()) return hits;
    Statement st(db, "SELECT search.case_id, cases.title, search.handle, "
                     "snippet(search, 0, '[', ']', '…', 12) FROM search "
                     "JOIN cases ON cases.id = search.case_id "
                     "WHERE search MATCH ? "
                     "ORDER BY rank LIMIT ?");
    st.BindAll(query, std::int64_t{limit});
    while (st.Step()) {
        hits.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3)});
    }
    return hits;
}

} // namespace reclama::store::search
