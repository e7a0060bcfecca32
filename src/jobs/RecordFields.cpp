#include "RecordFields.h"

#include "core/Error.h"

#include <algorithm>
#include <functional>
#include <map>

namespace reclama::jobs {
namespace {

using core::Case;

std::string Flag(const std::string& name) { return "--" + name; }

template <typename Record>
using Setter = std::function<void(Record&, const std::string& value, const Case&)>;

template <typename Record>
struct Field {
    FieldInfo info;
    Setter<Record> set;
};

template <typename Enum>
Enum ParseEnum(std::optional<Enum> (*parse)(std::string_view), const std::string& name,
               const std::string& value, const char* choices) {
    auto parsed = parse(value);
    if (!parsed) {
        throw InputError(Flag(name), "'" + value + "' is not one of: " + choices);
    }
    return *parsed;
}

std::optional<core::Date> OptionalDate(const std::string& name, const std::string& value) {
    if (value.empty()) return std::nullopt;
    return core::ParseDate(value, Flag(name));
}

std::optional<int> OptionalMinutes(const std::string& name, const std::string& value) {
    if (value.empty()) return std::nullopt;
    try {
        std::size_t used = 0;
        int minutes = std::stoi(value, &used);
        if (used == value.size() && minutes >= 0) return minutes;
    } catch (const std::exception&) {
    }
    throw InputError(Flag(name), "'" + value + "' is not a whole number of minutes");
}

bool ParseYesNo(const std::string& name, const std::string& value) {
    if (value == "yes" || value == "true" || value == "1" || value == "si" || value == "sí") {
        return true;
    }
    if (value == "no" || value == "false" || value == "0" || value.empty()) return false;
    throw InputError(Flag(name), "'" + value + "' is not yes or no");
}

core::RecordId ParseHandleOf(core::RecordKind kind, const std::string& name,
                             const std::string& value, const Case& inCase) {
    auto ref = core::ParseRecordHandle(value);
    if (!ref || ref->kind != kind) {
        throw InputError(Flag(name), "'" + value + "' is not a " +
                                         std::string(core::ToString(kind)) + " handle such as " +
                                         core::RecordHandle(kind, 12));
    }
    bool exists = false;
    switch (kind) {
    case core::RecordKind::Contact:
        exists = inCase.FindContact(ref->id) != nullptr;
        break;
    case core::RecordKind::Document:
        exists = inCase.FindDocument(ref->id) != nullptr;
        break;
    default:
        exists = true;
    }
    if (!exists) {
        throw InputError(Flag(name), "this case has no record " + value);
    }
    return ref->id;
}

// "d3" or "d3:2" (page 2 of document 3); appended to the record's documents.
core::DocumentLink ParseDocumentLink(const std::string& name, const std::string& value,
                                     const Case& inCase) {
    core::DocumentLink link;
    auto colon = value.find(':');
    link.document =
        ParseHandleOf(core::RecordKind::Document, name, value.substr(0, colon), inCase);
    if (colon != std::string::npos) {
        auto page = OptionalMinutes(name, value.substr(colon + 1));
        if (!page || *page < 1) throw InputError(Flag(name), "page numbers start at 1");
        link.page = *page;
    }
    return link;
}

void AddDocumentLink(std::vector<core::DocumentLink>& links, const std::string& name,
                     const std::string& value, const Case& inCase) {
    if (value.empty()) {
        links.clear();
        return;
    }
    auto link = ParseDocumentLink(name, value, inCase);
    if (std::find(links.begin(), links.end(), link) == links.end()) links.push_back(link);
}

core::Money Amount(const std::string& name, const std::string& value, const Case& inCase) {
    return core::ParseAmount(value, inCase.currency, Flag(name));
}

core::EventTime Time(const std::string& name, const std::string& value, const Case& inCase,
                     std::optional<core::Precision> precision = std::nullopt) {
    return core::ParseEventTime(value, inCase.timezone, precision, Flag(name));
}

// Records whose time and precision are separate fields: the precision applies to the time.
std::optional<core::Precision> PrecisionIn(const FieldValues& values) {
    for (const auto& [name, value] : values) {
        if (name == "precision") {
            auto p = core::PrecisionFromString(value);
            if (!p) {
                throw InputError("--precision", "'" + value +
                                                    "' is not one of: exact, minute, day, month, "
                                                    "approximate");
            }
            return p;
        }
    }
    return std::nullopt;
}

template <typename Record>
void Apply(const std::vector<Field<Record>>& fields, Record& record, const FieldValues& values,
           const Case& inCase) {
    Record edited = record; // all or nothing: a bad value leaves the record as it was
    for (const auto& [name, value] : values) {
        auto it = std::find_if(fields.begin(), fields.end(),
                               [&](const Field<Record>& f) { return f.info.name == name; });
        if (it == fields.end()) {
            std::string known;
            for (const auto& f : fields) known += (known.empty() ? "" : ", ") + f.info.name;
            throw InputError(Flag(name), "unknown field; known fields: " + known);
        }
        it->set(edited, value, inCase);
    }
    record = std::move(edited);
}

template <typename Record>
std::vector<FieldInfo> InfosOf(const std::vector<Field<Record>>& fields) {
    std::vector<FieldInfo> infos;
    for (const auto& f : fields) infos.push_back(f.info);
    return infos;
}

const std::vector<Field<core::Contact>>& ContactFields() {
    using R = core::Contact;
    static const std::vector<Field<R>> fields = {
        {{"at", "when it happened: 2026-03-02T10:15, with optional ±HH:MM; or a date"},
         [](R& r, const std::string& v, const Case& c) { r.at = Time("at", v, c); }},
        {{"precision", "exact, minute, day, month or approximate"},
         [](R& r, const std::string& v, const Case&) {
             auto p = core::PrecisionFromString(v);
             if (!p) throw InputError("--precision", "'" + v + "' is not a precision");
             r.at.precision = *p;
         }},
        {{"recorded-at", "when it was logged (default: now)"},
         [](R& r, const std::string& v, const Case& c) {
             if (v.empty()) r.recordedAt.reset();
             else r.recordedAt = Time("recorded-at", v, c);
         }},
        {{"channel", "phone, email, chat, letter, visit, web, social, sms or other"},
         [](R& r, const std::string& v, const Case&) {
             r.channel = ParseEnum(&core::ChannelFromString, "channel", v,
                                   "phone, email, chat, letter, visit, web, social, sms, other");
         }},
        {{"direction", "outgoing (you to the company) or incoming"},
         [](R& r, const std::string& v, const Case&) {
             r.direction =
                 ParseEnum(&core::DirectionFromString, "direction", v, "outgoing, incoming");
         }},
        {{"duration", "length of the contact in whole minutes"},
         [](R& r, const std::string& v, const Case&) {
             r.durationMin = OptionalMinutes("duration", v);
         }},
        {{"wait", "time on hold in whole minutes"},
         [](R& r, const std::string& v, const Case&) { r.waitMin = OptionalMinutes("wait", v); }},
        {{"agent", "the agent's name"},
         [](R& r, const std::string& v, const Case&) { r.agent = v; }},
        {{"agent-id", "the agent's ID"},
         [](R& r, const std::string& v, const Case&) { r.agentId = v; }},
        {{"department", "the department"},
         [](R& r, const std::string& v, const Case&) { r.department = v; }},
        {{"reference", "the company's ticket or case number"},
         [](R& r, const std::string& v, const Case&) { r.reference = v; }},
        {{"complaint", "yes if this was a formal complaint"},
         [](R& r, const std::string& v, const Case&) {
             r.complaint = ParseYesNo("complaint", v);
         }},
        {{"reply-to", "the contact this one answers, e.g. c7"},
         [](R& r, const std::string& v, const Case& c) {
             if (v.empty()) r.replyTo.reset();
             else r.replyTo = ParseHandleOf(core::RecordKind::Contact, "reply-to", v, c);
         }},
        {{"summary", "what happened, in your words"},
         [](R& r, const std::string& v, const Case&) { r.summary = v; }},
        {{"quote", "the agent's words, verbatim"},
         [](R& r, const std::string& v, const Case&) { r.quote = v; }},
        {{"document", "link a document: d3, or d3:2 for its page 2 (empty clears)"},
         [](R& r, const std::string& v, const Case& c) {
             AddDocumentLink(r.documents, "document", v, c);
         }},
    };
    return fields;
}

const std::vector<Field<core::Promise>>& PromiseFields() {
    using R = core::Promise;
    static const std::vector<Field<R>> fields = {
        {{"contact", "the contact in which it was made, e.g. c1"},
         [](R& r, const std::string& v, const Case& c) {
             if (v.empty()) r.contact.reset();
             else r.contact = ParseHandleOf(core::RecordKind::Contact, "contact", v, c);
         }},
        {{"by", "who promised"}, [](R& r, const std::string& v, const Case&) { r.by = v; }},
        {{"text", "what exactly was promised"},
         [](R& r, const std::string& v, const Case&) { r.text = v; }},
        {{"due", "when it was due: YYYY-MM-DD"},
         [](R& r, const std::string& v, const Case&) { r.due = OptionalDate("due", v); }},
        {{"status", "pending, kept, partly_kept or broken"},
         [](R& r, const std::string& v, const Case&) {
             r.status = ParseEnum(&core::PromiseStatusFromString, "status", v,
                                  "pending, kept, partly_kept, broken");
         }},
        {{"resolved", "when it was kept or found broken: YYYY-MM-DD"},
         [](R& r, const std::string& v, const Case&) {
             r.resolved = OptionalDate("resolved", v);
         }},
    };
    return fields;
}

const std::vector<Field<core::Invoice>>& InvoiceFields() {
    using R = core::Invoice;
    static const std::vector<Field<R>> fields = {
        {{"number", "the invoice number"},
         [](R& r, const std::string& v, const Case&) { r.number = v; }},
        {{"issued", "issue date: YYYY-MM-DD"},
         [](R& r, const std::string& v, const Case&) { r.issued = core::ParseDate(v, "--issued"); }},
        {{"period-from", "first day billed"},
         [](R& r, const std::string& v, const Case&) {
             r.periodFrom = OptionalDate("period-from", v);
         }},
        {{"period-to", "last day billed"},
         [](R& r, const std::string& v, const Case&) {
             r.periodTo = OptionalDate("period-to", v);
         }},
        {{"due", "payment due date"},
         [](R& r, const std::string& v, const Case&) { r.due = OptionalDate("due", v); }},
        {{"billed", "what the company charged, e.g. 39.90"},
         [](R& r, const std::string& v, const Case& c) { r.billed = Amount("billed", v, c); }},
        {{"correct", "what it should have charged (default: the billed amount)"},
         [](R& r, const std::string& v, const Case& c) { r.correct = Amount("correct", v, c); }},
        {{"paid", "what you paid against it (default 0)"},
         [](R& r, const std::string& v, const Case& c) { r.paid = Amount("paid", v, c); }},
        {{"document", "link a document: d3 (empty clears)"},
         [](R& r, const std::string& v, const Case& c) {
             AddDocumentLink(r.documents, "document", v, c);
         }},
    };
    return fields;
}

const std::vector<Field<core::Payment>>& PaymentFields() {
    using R = core::Payment;
    static const std::vector<Field<R>> fields = {
        {{"at", "when: YYYY-MM-DD or a time"},
         [](R& r, const std::string& v, const Case& c) { r.at = Time("at", v, c); }},
        {{"kind", "payment, refund or compensation"},
         [](R& r, const std::string& v, const Case&) {
             r.kind = ParseEnum(&core::PaymentKindFromString, "kind", v,
                                "payment, refund, compensation");
         }},
        {{"amount", "the amount, e.g. 39.90"},
         [](R& r, const std::string& v, const Case& c) { r.amount = Amount("amount", v, c); }},
        {{"reference", "bank reference, transfer number, ..."},
         [](R& r, const std::string& v, const Case&) { r.reference = v; }},
        {{"document", "link a document: d3 (empty clears)"},
         [](R& r, const std::string& v, const Case& c) {
             AddDocumentLink(r.documents, "document", v, c);
         }},
    };
    return fields;
}

const std::vector<Field<core::Incident>>& IncidentFields() {
    using R = core::Incident;
    static const std::vector<Field<R>> fields = {
        {{"from", "when the outage started"},
         [](R& r, const std::string& v, const Case& c) { r.from = Time("from", v, c); }},
        {{"to", "when it ended (empty: still going on)"},
         [](R& r, const std::string& v, const Case& c) {
             if (v.empty()) r.to.reset();
             else r.to = Time("to", v, c);
         }},
        {{"description", "what was out of service"},
         [](R& r, const std::string& v, const Case&) { r.description = v; }},
    };
    return fields;
}

const std::vector<Field<core::Note>>& NoteFields() {
    using R = core::Note;
    static const std::vector<Field<R>> fields = {
        {{"at", "date or time of the note"},
         [](R& r, const std::string& v, const Case& c) { r.at = Time("at", v, c); }},
        {{"text", "the note"}, [](R& r, const std::string& v, const Case&) { r.text = v; }},
    };
    return fields;
}

const std::vector<Field<core::Document>>& DocumentFields() {
    using R = core::Document;
    static const std::vector<Field<R>> fields = {
        {{"title", "the document's title"},
         [](R& r, const std::string& v, const Case&) { r.title = v; }},
        {{"date", "the document's date: YYYY-MM-DD"},
         [](R& r, const std::string& v, const Case&) { r.date = OptionalDate("date", v); }},
        {{"kind",
          "invoice, contract, letter, email, screenshot, photo, recording, transcript, receipt, "
          "statement or other"},
         [](R& r, const std::string& v, const Case&) {
             r.kind = ParseEnum(&core::DocumentKindFromString, "kind", v,
                                "invoice, contract, letter, email, screenshot, photo, recording, "
                                "transcript, receipt, statement, other");
         }},
    };
    return fields;
}

const std::vector<Field<core::Case>>& CaseFieldTable() {
    using R = core::Case;
    static const std::vector<Field<R>> fields = {
        {{"title", "the case title"}, [](R& r, const std::string& v, const Case&) { r.title = v; }},
        {{"jurisdiction", "country, ISO 3166 code: ES, CL, GB, US, ..."},
         [](R& r, const std::string& v, const Case&) {
             if (v.size() != 2 || !std::all_of(v.begin(), v.end(), ::isupper)) {
                 throw InputError("--jurisdiction", "'" + v + "' is not a two-letter country code such as ES");
             }
             r.jurisdiction = v;
         }},
        {{"language", "dossier language: es or en"},
         [](R& r, const std::string& v, const Case&) {
             if (v != "es" && v != "en") throw InputError("--language", "use es or en");
             r.language = v;
         }},
        {{"currency", "ISO 4217 code: EUR, CLP, GBP, USD, ..."},
         [](R& r, const std::string& v, const Case&) {
             if (!core::IsKnownCurrency(v)) throw InputError("--currency", "'" + v + "' is not a currency code");
             r.currency = v;
         }},
        {{"timezone", "IANA time zone, e.g. Europe/Madrid"},
         [](R& r, const std::string& v, const Case&) {
             if (!core::IsKnownZone(v)) throw InputError("--timezone", "'" + v + "' is not a time zone name such as Europe/Madrid");
             r.timezone = v;
         }},
        {{"status", "open, escalated, resolved or closed"},
         [](R& r, const std::string& v, const Case&) {
             r.status = ParseEnum(&core::CaseStatusFromString, "status", v,
                                  "open, escalated, resolved, closed");
         }},
        {{"summary", "what happened"}, [](R& r, const std::string& v, const Case&) { r.summary = v; }},
        {{"remedy", "what you ask for"}, [](R& r, const std::string& v, const Case&) { r.remedy = v; }},
        {{"reference", "a company reference: \"Label=Value\" (added)"},
         [](R& r, const std::string& v, const Case&) {
             auto eq = v.find('=');
             if (eq == std::string::npos || eq == 0) throw InputError("--reference", "write it as Label=Value");
             r.references.push_back({v.substr(0, eq), v.substr(eq + 1)});
         }},
        {{"claimant", "your name (or your company's)"}, [](R& r, const std::string& v, const Case&) { r.claimant.name = v; }},
        {{"claimant-id", "your ID number"}, [](R& r, const std::string& v, const Case&) { r.claimant.idNumber = v; }},
        {{"claimant-address", "your address"}, [](R& r, const std::string& v, const Case&) { r.claimant.address = v; }},
        {{"claimant-email", "your e-mail"}, [](R& r, const std::string& v, const Case&) { r.claimant.email = v; }},
        {{"claimant-phone", "your phone"}, [](R& r, const std::string& v, const Case&) { r.claimant.phone = v; }},
        {{"representative", "who acts for the claimant"}, [](R& r, const std::string& v, const Case&) { r.claimant.representative = v; }},
        {{"company", "the company's name"}, [](R& r, const std::string& v, const Case&) { r.company.name = v; }},
        {{"company-tax-id", "the company's tax ID"}, [](R& r, const std::string& v, const Case&) { r.company.taxId = v; }},
        {{"company-address", "the company's address"}, [](R& r, const std::string& v, const Case&) { r.company.address = v; }},
        {{"customer-number", "your customer or contract number"}, [](R& r, const std::string& v, const Case&) { r.company.customerNumber = v; }},
    };
    return fields;
}

void Require(bool ok, const char* field, const char* what) {
    if (!ok) throw InputError(std::string("--") + field, std::string(what) + " is required");
}

} // namespace

const std::vector<FieldInfo>& FieldsOf(core::RecordKind kind) {
    static const std::map<core::RecordKind, std::vector<FieldInfo>> infos = {
        {core::RecordKind::Contact, InfosOf(ContactFields())},
        {core::RecordKind::Promise, InfosOf(PromiseFields())},
        {core::RecordKind::Invoice, InfosOf(InvoiceFields())},
        {core::RecordKind::Payment, InfosOf(PaymentFields())},
        {core::RecordKind::Incident, InfosOf(IncidentFields())},
        {core::RecordKind::Note, InfosOf(NoteFields())},
        {core::RecordKind::Document, InfosOf(DocumentFields())},
    };
    return infos.at(kind);
}

const std::vector<FieldInfo>& CaseFields() {
    static const std::vector<FieldInfo> infos = InfosOf(CaseFieldTable());
    return infos;
}

void ApplyFields(core::Contact& r, const FieldValues& v, const Case& c) {
    // The precision decides how "at" is read, whatever order the two were given in.
    FieldValues ordered;
    for (const auto& p : v) if (p.first != "precision") ordered.push_back(p);
    Apply(ContactFields(), r, ordered, c);
    if (auto precision = PrecisionIn(v)) {
        for (const auto& [name, value] : v) {
            if (name == "at") r.at = Time("at", value, c, precision);
        }
        r.at.precision = *precision;
    }
}
void ApplyFields(core::Promise& r, const FieldValues& v, const Case& c) { Apply(PromiseFields(), r, v, c); }
void ApplyFields(core::Invoice& r, const FieldValues& v, const Case& c) {
    bool correctGiven = std::any_of(v.begin(), v.end(), [](auto& p) { return p.first == "correct"; });
    bool isNew = r.id == 0;
    Apply(InvoiceFields(), r, v, c);
    if (r.paid.currency.empty()) r.paid = core::Money{0, c.currency};
    // No dispute unless said otherwise: what it should have billed defaults to what it billed.
    if (isNew && !correctGiven && !r.billed.currency.empty()) r.correct = r.billed;
}
void ApplyFields(core::Payment& r, const FieldValues& v, const Case& c) { Apply(PaymentFields(), r, v, c); }
void ApplyFields(core::Incident& r, const FieldValues& v, const Case& c) { Apply(IncidentFields(), r, v, c); }
void ApplyFields(core::Note& r, const FieldValues& v, const Case& c) { Apply(NoteFields(), r, v, c); }
void ApplyFields(core::Document& r, const FieldValues& v, const Case& c) { Apply(DocumentFields(), r, v, c); }
void ApplyCaseFields(core::Case& header, const FieldValues& v) { Apply(CaseFieldTable(), header, v, header); }

void RequireComplete(const core::Contact& r) {
    Require(!r.at.local.is_special(), "at", "when it happened");
    Require(!r.summary.empty(), "summary", "a summary");
}
void RequireComplete(const core::Promise& r) { Require(!r.text.empty(), "text", "what was promised"); }
void RequireComplete(const core::Invoice& r) {
    Require(!r.number.empty(), "number", "the invoice number");
    Require(!r.issued.is_special(), "issued", "the issue date");
    Require(!r.billed.currency.empty(), "billed", "the billed amount");
}
void RequireComplete(const core::Payment& r) {
    Require(!r.at.local.is_special(), "at", "the date");
    Require(!r.amount.currency.empty(), "amount", "the amount");
}
void RequireComplete(const core::Incident& r) {
    Require(!r.from.local.is_special(), "from", "when it started");
    Require(!r.description.empty(), "description", "a description");
}
void RequireComplete(const core::Note& r) {
    Require(!r.at.local.is_special(), "at", "the date");
    Require(!r.text.empty(), "text", "the note's text");
}
void RequireCompleteCase(const core::Case& h) {
    Require(!h.title.empty(), "title", "a title");
    Require(!h.claimant.name.empty(), "claimant", "the claimant's name");
    Require(!h.company.name.empty(), "company", "the company's name");
}

} // namespace reclama::jobs
