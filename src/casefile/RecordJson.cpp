#include "casefile/RecordJson.h"

#include "core/Error.h"

namespace reclama::casefile {
namespace {

using nlohmann::json;
using core::EventTime;
using core::Precision;

// The precision a reader infers from the text alone (see core::ParseEventTime).
Precision ImpliedPrecision(const std::string& text) {
    if (text.size() == 7) return Precision::Month;
    if (text.size() == 10) return Precision::Day;
    return text.substr(17, 2) != "00" ? Precision::Exact : Precision::Minute;
}

// Writes a time, and its precision under `precisionKey` when the text alone would not carry it
// (or always, where the format lists "precision" for the record). A bare date is read in the
// case's zone, so a day or month elsewhere is written with its offset.
void PutTime(json& o, const char* key, const EventTime& t, const char* precisionKey, bool always,
             const CaseContext& context) {
    std::string text = t.ToIso();
    if (text.size() <= 10 && !context.timezone.empty() &&
        core::ParseEventTime(text, context.timezone, t.precision) != t) {
        EventTime full = t;
        full.precision = Precision::Minute;
        text = full.ToIso();
    }
    o[key] = text;
    if (always || ImpliedPrecision(text) != t.precision) o[precisionKey] = std::string(core::ToString(t.precision));
}

std::string AmountText(const core::Money& money, const CaseContext& context) {
    if (money.currency.empty()) return core::ToCanonical(core::Money{money.minor, context.currency});
    if (!context.currency.empty() && money.currency != context.currency) {
        throw Error("an amount in " + money.currency + " in a case kept in " + context.currency +
                    "; amounts must be in the case currency");
    }
    return core::ToCanonical(money);
}

void PutText(json& o, const char* key, const std::string& value) {
    if (!value.empty()) o[key] = value;
}

void PutDate(json& o, const char* key, const std::optional<core::Date>& d) {
    if (d) o[key] = core::ToIso(*d);
}

void PutLinks(json& o, const std::vector<core::DocumentLink>& links, const IdWriter& idOf) {
    if (links.empty()) return;
    json list = json::array();
    for (const auto& link : links) {
        std::string id = idOf(core::RecordKind::Document, link.document);
        if (link.page) list.push_back(json{{"doc", id}, {"page", *link.page}});
        else list.push_back(id);
    }
    o["documents"] = std::move(list);
}

} // namespace

std::string DefaultId(core::RecordKind kind, core::RecordId id) { return core::RecordHandle(kind, id); }

json ToJson(const core::Contact& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }
json ToJson(const core::Promise& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }
json ToJson(const core::Invoice& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }
json ToJson(const core::Payment& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }
json ToJson(const core::Incident& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }
json ToJson(const core::Note& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }
json ToJson(const core::Document& r, const IdWriter& idOf) { return ToJson(r, idOf, CaseContext{}); }

json ToJson(const core::Contact& r, const IdWriter& idOf, const CaseContext& context) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Contact, r.id);
    PutTime(o, "at", r.at, "precision", true, context);
    if (r.recordedAt) PutTime(o, "recorded_at", *r.recordedAt, "recorded_at_precision", false, context);
    o["channel"] = std::string(core::ToString(r.channel));
    o["direction"] = std::string(core::ToString(r.direction));
    if (r.durationMin) o["duration_min"] = *r.durationMin;
    if (r.waitMin) o["wait_min"] = *r.waitMin;
    PutText(o, "agent", r.agent);
    PutText(o, "agent_id", r.agentId);
    PutText(o, "department", r.department);
    PutText(o, "reference", r.reference);
    if (r.complaint) o["complaint"] = true;
    if (r.replyTo) o["reply_to"] = idOf(core::RecordKind::Contact, *r.replyTo);
    o["summary"] = r.summary;
    PutText(o, "quote", r.quote);
    PutLinks(o, r.documents, idOf);
    return o;
}

json ToJson(const core::Promise& r, const IdWriter& idOf, const CaseContext& /*context*/) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Promise, r.id);
    if (r.contact) o["contact"] = idOf(core::RecordKind::Contact, *r.contact);
    PutText(o, "by", r.by);
    o["text"] = r.text;
    PutDate(o, "due", r.due);
    o["status"] = std::string(core::ToString(r.status));
    PutDate(o, "resolved", r.resolved);
    return o;
}

json ToJson(const core::Invoice& r, const IdWriter& idOf, const CaseContext& context) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Invoice, r.id);
    o["number"] = r.number;
    o["issued"] = core::ToIso(r.issued);
    PutDate(o, "period_from", r.periodFrom);
    PutDate(o, "period_to", r.periodTo);
    PutDate(o, "due", r.due);
    o["billed"] = AmountText(r.billed, context);
    o["correct"] = AmountText(r.correct, context);
    o["paid"] = AmountText(r.paid, context);
    PutLinks(o, r.documents, idOf);
    return o;
}

json ToJson(const core::Payment& r, const IdWriter& idOf, const CaseContext& context) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Payment, r.id);
    PutTime(o, "at", r.at, "precision", false, context);
    o["kind"] = std::string(core::ToString(r.kind));
    o["amount"] = AmountText(r.amount, context);
    PutText(o, "reference", r.reference);
    PutLinks(o, r.documents, idOf);
    return o;
}

json ToJson(const core::Incident& r, const IdWriter& idOf, const CaseContext& context) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Incident, r.id);
    PutTime(o, "from", r.from, "from_precision", false, context);
    if (r.to) PutTime(o, "to", *r.to, "to_precision", false, context);
    PutText(o, "description", r.description);
    return o;
}

json ToJson(const core::Note& r, const IdWriter& idOf, const CaseContext& context) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Note, r.id);
    PutTime(o, "at", r.at, "precision", false, context);
    o["text"] = r.text;
    return o;
}

json ToJson(const core::Document& r, const IdWriter& idOf, const CaseContext& /*context*/) {
    json o = json::object();
    o["id"] = idOf(core::RecordKind::Document, r.id);
    PutText(o, "original_name", r.originalName);
    PutText(o, "title", r.title);
    PutDate(o, "date", r.date);
    o["kind"] = std::string(core::ToString(r.kind));
    PutText(o, "sha256", r.sha256);
    if (r.size > 0 || !r.sha256.empty()) o["size"] = r.size;
    PutText(o, "media_type", r.mediaType);
    return o;
}

} // namespace reclama::casefile
