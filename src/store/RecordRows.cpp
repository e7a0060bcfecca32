#include "RecordRows.h"

#include "core/Error.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <nlohmann/json.hpp>

namespace reclama::store::rows {
namespace {

using core::RecordId;
using nlohmann::json;

std::optional<std::string> Iso(const std::optional<core::Date>& d) {
    if (!d) return std::nullopt;
    return core::ToIso(*d);
}
std::optional<core::Date> DateOf(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    return core::ParseDate(*text);
}
std::string Precision(const core::EventTime& t) { return std::string(core::ToString(t.precision)); }
std::string UtcKey(const core::EventTime& t) {
    return boost::posix_time::to_iso_extended_string(t.Utc());
}
core::EventTime TimeOf(const std::string& iso, const std::string& precision, const std::string& zone) {
    return core::ParseEventTime(iso, zone, core::PrecisionFromString(precision));
}
std::optional<std::int64_t> Minutes(const std::optional<int>& m) {
    if (!m) return std::nullopt;
    return *m;
}
std::optional<int> MinutesOf(const std::optional<std::int64_t>& m) {
    if (!m) return std::nullopt;
    return static_cast<int>(*m);
}

std::string Handle(core::RecordKind kind, RecordId id) { return core::RecordHandle(kind, id); }

// All the links of a case at once: loading a case with thousands of records stays one query.
std::map<std::string, std::vector<core::DocumentLink>> ReadCaseLinks(Connection& db, RecordId caseId) {
    std::map<std::string, std::vector<core::DocumentLink>> links;
    Statement st(db, "SELECT owner, document_id, page FROM document_links WHERE case_id = ? "
                     "ORDER BY owner, position");
    st.Bind(1, caseId);
    while (st.Step()) {
        core::DocumentLink link{st.Int(1), std::nullopt};
        if (!st.IsNull(2)) link.page = static_cast<int>(st.Int(2));
        links[st.Text(0)].push_back(link);
    }
    return links;
}

json ClaimantJson(const core::Claimant& c) {
    return {{"name", c.name}, {"id_number", c.idNumber}, {"address", c.address},
            {"email", c.email}, {"phone", c.phone}, {"representative", c.representative}};
}
json CompanyJson(const core::Company& c) {
    return {{"name", c.name}, {"tax_id", c.taxId}, {"address", c.address},
            {"customer_number", c.customerNumber}};
}
json ReferencesJson(const std::vector<core::Reference>& refs) {
    json array = json::array();
    for (const auto& r : refs) array.push_back({{"label", r.label}, {"value", r.value}});
    return array;
}

} // namespace

std::string NowUtc() {
    return boost::posix_time::to_iso_extended_string(
               boost::posix_time::second_clock::universal_time()) + "Z";
}

std::string TableOf(core::RecordKind kind) {
    switch (kind) {
    case core::RecordKind::Contact: return "contacts";
    case core::RecordKind::Promise: return "promises";
    case core::RecordKind::Invoice: return "invoices";
    case core::RecordKind::Payment: return "payments";
    case core::RecordKind::Incident: return "incidents";
    case core::RecordKind::Document: return "documents";
    case core::RecordKind::Note: return "notes";
    }
    return "contacts";
}

void WriteLinks(Connection& db, RecordId caseId, const std::string& owner,
                const std::vector<core::DocumentLink>& links) {
    Statement clear(db, "DELETE FROM document_links WHERE owner = ?");
    clear.Bind(1, owner).Run();
    Statement insert(db, "INSERT INTO document_links (case_id, owner, position, document_id, page) "
                         "VALUES (?, ?, ?, ?, ?)");
    int position = 0;
    for (const auto& link : links) {
        insert.Reset();
        std::optional<std::int64_t> page;
        if (link.page) page = *link.page;
        insert.BindAll(caseId, owner, std::int64_t{position++}, link.document, page).Run();
    }
}

// ---- contacts
static const char* kContactColumns =
    "at, precision, at_utc, recorded_at, channel, direction, duration_min, wait_min, agent, "
    "agent_id, department, reference, complaint, reply_to, summary, quote";

// Binds the contact's columns (kContactColumns order) starting at parameter `first`.
static void BindContact(Statement& st, int first, const core::Contact& r) {
    std::optional<std::string> recorded;
    if (r.recordedAt) recorded = r.recordedAt->ToIso();
    const std::string channel(core::ToString(r.channel)), direction(core::ToString(r.direction));
    int i = first;
    st.Bind(i++, r.at.ToIso());
    st.Bind(i++, Precision(r.at));
    st.Bind(i++, UtcKey(r.at));
    st.Bind(i++, recorded);
    st.Bind(i++, channel);
    st.Bind(i++, direction);
    st.Bind(i++, Minutes(r.durationMin));
    st.Bind(i++, Minutes(r.waitMin));
    st.Bind(i++, r.agent);
    st.Bind(i++, r.agentId);
    st.Bind(i++, r.department);
    st.Bind(i++, r.reference);
    st.Bind(i++, std::int64_t{r.complaint ? 1 : 0});
    st.Bind(i++, r.replyTo);
    st.Bind(i++, r.summary);
    st.Bind(i++, r.quote);
}

RecordId Insert(Connection& db, RecordId caseId, const core::Contact& r) {
    Statement st(db, std::string("INSERT INTO contacts (case_id, ") + kContactColumns +
                         ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.Bind(1, caseId);
    BindContact(st, 2, r);
    st.Run();
    RecordId id = db.LastInsertId();
    WriteLinks(db, caseId, Handle(core::RecordKind::Contact, id), r.documents);
    return id;
}

bool Update(Connection& db, const core::Contact& r) {
    Statement st(db, "UPDATE contacts SET at=?, precision=?, at_utc=?, recorded_at=?, channel=?, "
                     "direction=?, duration_min=?, wait_min=?, agent=?, agent_id=?, department=?, "
                     "reference=?, complaint=?, reply_to=?, summary=?, quote=? WHERE id=?");
    BindContact(st, 1, r);
    st.Bind(17, r.id).Run();
    if (db.Changes() == 0) return false;
    WriteLinks(db, CaseOf(db, {core::RecordKind::Contact, r.id}),
               Handle(core::RecordKind::Contact, r.id), r.documents);
    return true;
}

// ---- promises
RecordId Insert(Connection& db, RecordId caseId, const core::Promise& r) {
    Statement st(db, "INSERT INTO promises (case_id, contact_id, by_whom, text, due, status, "
                     "resolved) VALUES (?,?,?,?,?,?,?)");
    st.BindAll(caseId, r.contact, r.by, r.text, Iso(r.due),
               std::string(core::ToString(r.status)), Iso(r.resolved))
        .Run();
    return db.LastInsertId();
}

bool Update(Connection& db, const core::Promise& r) {
    Statement st(db, "UPDATE promises SET contact_id=?, by_whom=?, text=?, due=?, status=?, "
                     "resolved=? WHERE id=?");
    st.BindAll(r.contact, r.by, r.text, Iso(r.due), std::string(core::ToString(r.status)),
               Iso(r.resolved), r.id)
        .Run();
    return db.Changes() > 0;
}

// ---- invoices
RecordId Insert(Connection& db, RecordId caseId, const core::Invoice& r) {
    Statement st(db, "INSERT INTO invoices (case_id, number, issued, period_from, period_to, due, "
                     "billed, correct, paid) VALUES (?,?,?,?,?,?,?,?,?)");
    st.BindAll(caseId, r.number, core::ToIso(r.issued), Iso(r.periodFrom), Iso(r.periodTo),
               Iso(r.due), r.billed.minor, r.correct.minor, r.paid.minor)
        .Run();
    RecordId id = db.LastInsertId();
    WriteLinks(db, caseId, Handle(core::RecordKind::Invoice, id), r.documents);
    return id;
}

bool Update(Connection& db, const core::Invoice& r) {
    Statement st(db, "UPDATE invoices SET number=?, issued=?, period_from=?, period_to=?, due=?, "
                     "billed=?, correct=?, paid=? WHERE id=?");
    st.BindAll(r.number, core::ToIso(r.issued), Iso(r.periodFrom), Iso(r.periodTo), Iso(r.due),
               r.billed.minor, r.correct.minor, r.paid.minor, r.id)
        .Run();
    if (db.Changes() == 0) return false;
    WriteLinks(db, CaseOf(db, {core::RecordKind::Invoice, r.id}),
               Handle(core::RecordKind::Invoice, r.id), r.documents);
    return true;
}

// ---- payments
RecordId Insert(Connection& db, RecordId caseId, const core::Payment& r) {
    Statement st(db, "INSERT INTO payments (case_id, at, precision, kind, amount, reference) "
                     "VALUES (?,?,?,?,?,?)");
    st.BindAll(caseId, r.at.ToIso(), Precision(r.at), std::string(core::ToString(r.kind)),
               r.amount.minor, r.reference)
        .Run();
    RecordId id = db.LastInsertId();
    WriteLinks(db, caseId, Handle(core::RecordKind::Payment, id), r.documents);
    return id;
}

bool Update(Connection& db, const core::Payment& r) {
    Statement st(db, "UPDATE payments SET at=?, precision=?, kind=?, amount=?, reference=? WHERE id=?");
    st.BindAll(r.at.ToIso(), Precision(r.at), std::string(core::ToString(r.kind)), r.amount.minor,
               r.reference, r.id)
        .Run();
    if (db.Changes() == 0) return false;
    WriteLinks(db, CaseOf(db, {core::RecordKind::Payment, r.id}),
               Handle(core::RecordKind::Payment, r.id), r.documents);
    return true;
}

// ---- incidents
RecordId Insert(Connection& db, RecordId caseId, const core::Incident& r) {
    std::optional<std::string> to, toPrecision;
    if (r.to) {
        to = r.to->ToIso();
        toPrecision = Precision(*r.to);
    }
    Statement st(db, "INSERT INTO incidents (case_id, from_at, from_precision, to_at, to_precision, "
                     "description) VALUES (?,?,?,?,?,?)");
    st.BindAll(caseId, r.from.ToIso(), Precision(r.from), to, toPrecision, r.description).Run();
    return db.LastInsertId();
}

bool Update(Connection& db, const core::Incident& r) {
    std::optional<std::string> to, toPrecision;
    if (r.to) {
        to = r.to->ToIso();
        toPrecision = Precision(*r.to);
    }
    Statement st(db, "UPDATE incidents SET from_at=?, from_precision=?, to_at=?, to_precision=?, "
                     "description=? WHERE id=?");
    st.BindAll(r.from.ToIso(), Precision(r.from), to, toPrecision, r.description, r.id).Run();
    return db.Changes() > 0;
}

// ---- notes
RecordId Insert(Connection& db, RecordId caseId, const core::Note& r) {
    Statement st(db, "INSERT INTO notes (case_id, at, precision, text) VALUES (?,?,?,?)");
    st.BindAll(caseId, r.at.ToIso(), Precision(r.at), r.text).Run();
    return db.LastInsertId();
}

bool Update(Connection& db, const core::Note& r) {
    Statement st(db, "UPDATE notes SET at=?, precision=?, text=? WHERE id=?");
    st.BindAll(r.at.ToIso(), Precision(r.at), r.text, r.id).Run();
    return db.Changes() > 0;
}

// ---- documents
RecordId Insert(Connection& db, RecordId caseId, const core::Document& r) {
    Statement st(db, "INSERT INTO documents (case_id, title, date, kind, original_name, sha256, "
                     "size, media_type) VALUES (?,?,?,?,?,?,?,?)");
    st.BindAll(caseId, r.title, Iso(r.date), std::string(core::ToString(r.kind)), r.originalName,
               r.sha256, r.size, r.mediaType)
        .Run();
    return db.LastInsertId();
}

bool Update(Connection& db, const core::Document& r) {
    Statement st(db, "UPDATE documents SET title=?, date=?, kind=? WHERE id=?");
    st.BindAll(r.title, Iso(r.date), std::string(core::ToString(r.kind)), r.id).Run();
    return db.Changes() > 0;
}

static const char* kDocumentColumns =
    "id, title, date, kind, original_name, sha256, size, media_type";

static core::Document ReadDocument(Statement& st) {
    core::Document r;
    r.id = st.Int(0);
    r.title = st.Text(1);
    r.date = DateOf(st.OptionalText(2));
    r.kind = core::DocumentKindFromString(st.Text(3)).value_or(core::DocumentKind::Other);
    r.originalName = st.Text(4);
    r.sha256 = st.Text(5);
    r.size = st.Int(6);
    r.mediaType = st.Text(7);
    return r;
}

core::Document LoadDocument(Connection& db, RecordId id) {
    Statement st(db, std::string("SELECT ") + kDocumentColumns + " FROM documents WHERE id = ?");
    st.Bind(1, id);
    if (!st.Step()) throw NotFoundError("there is no document " + Handle(core::RecordKind::Document, id));
    return ReadDocument(st);
}

// ---- cases
RecordId InsertCase(Connection& db, const core::Case& h, const std::string& nowUtc) {
    Statement st(db, "INSERT INTO cases (title, jurisdiction, language, currency, timezone, status, "
                     "summary, remedy, claimant, company, refs, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.BindAll(h.title, h.jurisdiction, h.language, h.currency, h.timezone,
               std::string(core::ToString(h.status)), h.summary, h.remedy,
               ClaimantJson(h.claimant).dump(), CompanyJson(h.company).dump(),
               ReferencesJson(h.references).dump(), nowUtc, nowUtc)
        .Run();
    return db.LastInsertId();
}

bool UpdateCase(Connection& db, const core::Case& h, const std::string& nowUtc) {
    Statement st(db, "UPDATE cases SET title=?, jurisdiction=?, language=?, currency=?, timezone=?, "
                     "status=?, summary=?, remedy=?, claimant=?, company=?, refs=?, updated_at=? "
                     "WHERE id=?");
    st.BindAll(h.title, h.jurisdiction, h.language, h.currency, h.timezone,
               std::string(core::ToString(h.status)), h.summary, h.remedy,
               ClaimantJson(h.claimant).dump(), CompanyJson(h.company).dump(),
               ReferencesJson(h.references).dump(), nowUtc, h.id)
        .Run();
    return db.Changes() > 0;
}

core::Case LoadCase(Connection& db, RecordId caseId) {
    core::Case c;
    {
        Statement st(db, "SELECT id, title, jurisdiction, language, currency, timezone, status, "
                         "summary, remedy, claimant, company, refs FROM cases WHERE id = ?");
        st.Bind(1, caseId);
        if (!st.Step()) throw NotFoundError("there is no case " + std::to_string(caseId));
        c.id = st.Int(0);
        c.title = st.Text(1);
        c.jurisdiction = st.Text(2);
        c.language = st.Text(3);
        c.currency = st.Text(4);
        c.timezone = st.Text(5);
        c.status = core::CaseStatusFromString(st.Text(6)).value_or(core::CaseStatus::Open);
        c.summary = st.Text(7);
        c.remedy = st.Text(8);
        json claimant = json::parse(st.Text(9)), company = json::parse(st.Text(10));
        c.claimant = {claimant.value("name", ""), claimant.value("id_number", ""),
                      claimant.value("address", ""), claimant.value("email", ""),
                      claimant.value("phone", ""), claimant.value("representative", "")};
        c.company = {company.value("name", ""), company.value("tax_id", ""),
                     company.value("address", ""), company.value("customer_number", "")};
        for (const auto& r : json::parse(st.Text(11))) {
            c.references.push_back({r.value("label", ""), r.value("value", "")});
        }
    }
    const std::string& zone = c.timezone;
    auto links = ReadCaseLinks(db, caseId);
    auto linksOf = [&](core::RecordKind kind, RecordId id) {
        auto it = links.find(Handle(kind, id));
        return it == links.end() ? std::vector<core::DocumentLink>{} : it->second;
    };
    {
        Statement st(db, std::string("SELECT id, ") + kContactColumns +
                             " FROM contacts WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) {
            core::Contact r;
            r.id = st.Int(0);
            r.at = TimeOf(st.Text(1), st.Text(2), zone);
            if (auto rec = st.OptionalText(4)) r.recordedAt = core::ParseEventTime(*rec, zone);
            r.channel = core::ChannelFromString(st.Text(5)).value_or(core::Channel::Other);
            r.direction = core::DirectionFromString(st.Text(6)).value_or(core::Direction::Outgoing);
            r.durationMin = MinutesOf(st.OptionalInt(7));
            r.waitMin = MinutesOf(st.OptionalInt(8));
            r.agent = st.Text(9);
            r.agentId = st.Text(10);
            r.department = st.Text(11);
            r.reference = st.Text(12);
            r.complaint = st.Int(13) != 0;
            if (auto reply = st.OptionalInt(14)) r.replyTo = *reply;
            r.summary = st.Text(15);
            r.quote = st.Text(16);
            r.documents = linksOf(core::RecordKind::Contact, r.id);
            c.contacts.push_back(std::move(r));
        }
    }
    {
        Statement st(db, "SELECT id, contact_id, by_whom, text, due, status, resolved FROM promises "
                         "WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) {
            core::Promise r;
            r.id = st.Int(0);
            if (auto contact = st.OptionalInt(1)) r.contact = *contact;
            r.by = st.Text(2);
            r.text = st.Text(3);
            r.due = DateOf(st.OptionalText(4));
            r.status = core::PromiseStatusFromString(st.Text(5)).value_or(core::PromiseStatus::Pending);
            r.resolved = DateOf(st.OptionalText(6));
            c.promises.push_back(std::move(r));
        }
    }
    {
        Statement st(db, "SELECT id, number, issued, period_from, period_to, due, billed, correct, "
                         "paid FROM invoices WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) {
            core::Invoice r;
            r.id = st.Int(0);
            r.number = st.Text(1);
            r.issued = core::ParseDate(st.Text(2));
            r.periodFrom = DateOf(st.OptionalText(3));
            r.periodTo = DateOf(st.OptionalText(4));
            r.due = DateOf(st.OptionalText(5));
            r.billed = {st.Int(6), c.currency};
            r.correct = {st.Int(7), c.currency};
            r.paid = {st.Int(8), c.currency};
            r.documents = linksOf(core::RecordKind::Invoice, r.id);
            c.invoices.push_back(std::move(r));
        }
    }
    {
        Statement st(db, "SELECT id, at, precision, kind, amount, reference FROM payments "
                         "WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) {
            core::Payment r;
            r.id = st.Int(0);
            r.at = TimeOf(st.Text(1), st.Text(2), zone);
            r.kind = core::PaymentKindFromString(st.Text(3)).value_or(core::PaymentKind::Payment);
            r.amount = {st.Int(4), c.currency};
            r.reference = st.Text(5);
            r.documents = linksOf(core::RecordKind::Payment, r.id);
            c.payments.push_back(std::move(r));
        }
    }
    {
        Statement st(db, "SELECT id, from_at, from_precision, to_at, to_precision, description "
                         "FROM incidents WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) {
            core::Incident r;
            r.id = st.Int(0);
            r.from = TimeOf(st.Text(1), st.Text(2), zone);
            if (auto to = st.OptionalText(3)) r.to = TimeOf(*to, st.Text(4), zone);
            r.description = st.Text(5);
            c.incidents.push_back(std::move(r));
        }
    }
    {
        Statement st(db, std::string("SELECT ") + kDocumentColumns +
                             " FROM documents WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) c.documents.push_back(ReadDocument(st));
    }
    {
        Statement st(db, "SELECT id, at, precision, text FROM notes WHERE case_id = ? ORDER BY id");
        st.Bind(1, caseId);
        while (st.Step()) {
            core::Note r;
            r.id = st.Int(0);
            r.at = TimeOf(st.Text(1), st.Text(2), zone);
            r.text = st.Text(3);
            c.notes.push_back(std::move(r));
        }
    }
    return c;
}

RecordId CaseOf(Connection& db, core::RecordRef record) {
    Statement st(db, "SELECT case_id FROM " + TableOf(record.kind) + " WHERE id = ?");
    st.Bind(1, record.id);
    return st.Step() ? st.Int(0) : 0;
}

} // namespace reclama::store::rows
