#include "SampleCase.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace reclama::core::test {
namespace {

using nlohmann::json;

RecordId IdOf(const json& record) {
    auto ref = ParseRecordHandle(record.at("id").get<std::string>());
    if (!ref)
        throw std::runtime_error("bad id " + record.at("id").dump());
    return ref->id;
}

std::string Text(const json& o, const char* key) {
    return o.value(key, std::string());
}

std::optional<Date> OptDate(const json& o, const char* key) {
    if (!o.contains(key))
        return std::nullopt;
    return ParseDate(o.at(key).get<std::string>());
}

EventTime Time(const json& o, const char* key, const char* precisionKey, const Case& c) {
    std::optional<Precision> precision;
    if (o.contains(precisionKey))
        precision = PrecisionFromString(o.at(precisionKey).get<std::string>());
    return ParseEventTime(o.at(key).get<std::string>(), c.timezone, precision);
}

template <typename T, typename Enum>
Enum EnumOr(const json& o, const char* key, Enum fallback, T parse) {
    if (!o.contains(key))
        return fallback;
    auto value = parse(o.at(key).get<std::string>());
    if (!value)
        throw std::runtime_error(std::string("bad ") + key);
    return *value;
}

} // namespace

Case LoadSample(const std::string& name) {
    const std::string path = std::string(RECLAMA_TEST_DATA) + "/samples/" + name + "/case.json";
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    const json root = json::parse(in);
    const json& j = root.at("case");
    Case c;
    c.title = Text(j, "title");
    c.currency = j.at("currency").get<std::string>();
    c.timezone = j.at("timezone").get<std::string>();
    c.language = j.value("language", std::string("es"));
    c.jurisdiction = j.at("jurisdiction").get<std::string>();
    for (const json& o : j.value("contacts", json::array())) {
        Contact k;
        k.id = IdOf(o);
        k.at = Time(o, "at", "precision", c);
        if (o.contains("recorded_at"))
            k.recordedAt = Time(o, "recorded_at", "recorded_at_precision", c);
        k.channel = EnumOr(o, "channel", Channel::Other, ChannelFromString);
        k.direction = EnumOr(o, "direction", Direction::Outgoing, DirectionFromString);
        if (o.contains("duration_min"))
            k.durationMin = o.at("duration_min").get<int>();
        if (o.contains("wait_min"))
            k.waitMin = o.at("wait_min").get<int>();
        k.agent = Text(o, "agent");
        k.complaint = o.value("complaint", false);
        k.summary = Text(o, "summary");
        c.contacts.push_back(k);
    }
    for (const json& o : j.value("promises", json::array())) {
        Promise p;
        p.id = IdOf(o);
        p.text = Text(o, "text");
        p.due = OptDate(o, "due");
        p.status = EnumOr(o, "status", PromiseStatus::Pending, PromiseStatusFromString);
        p.resolved = OptDate(o, "resolved");
        c.promises.push_back(p);
    }
    for (const json& o : j.value("invoices", json::array())) {
        Invoice i;
        i.id = IdOf(o);
        i.number = Text(o, "number");
        i.issued = ParseDate(o.at("issued").get<std::string>());
        i.billed = ParseAmount(o.at("billed").get<std::string>(), c.currency);
        i.correct = o.contains("correct")
                        ? ParseAmount(o.at("correct").get<std::string>(), c.currency)
                        : i.billed;
        i.paid = ParseAmount(o.value("paid", std::string("0")), c.currency);
        c.invoices.push_back(i);
    }
    for (const json& o : j.value("payments", json::array())) {
        Payment m;
        m.id = IdOf(o);
        m.at = Time(o, "at", "precision", c);
        m.kind = EnumOr(o, "kind", PaymentKind::Payment, PaymentKindFromString);
        m.amount = ParseAmount(o.at("amount").get<std::string>(), c.currency);
        c.payments.push_back(m);
    }
    for (const json& o : j.value("incidents", json::array())) {
        Incident n;
        n.id = IdOf(o);
        n.from = Time(o, "from", "from_precision", c);
        if (o.contains("to"))
            n.to = Time(o, "to", "to_precision", c);
        n.description = Text(o, "description");
        c.incidents.push_back(n);
    }
    for (const json& o : j.value("documents", json::array())) {
        Document d;
        d.id = IdOf(o);
        d.title = Text(o, "title");
        d.date = OptDate(o, "date");
        d.kind = EnumOr(o, "kind", DocumentKind::Other, DocumentKindFromString);
        c.documents.push_back(d);
    }
    for (const json& o : j.value("notes", json::array())) {
        Note n;
        n.id = IdOf(o);
        n.at = Time(o, "at", "precision", c);
        n.text = Text(o, "text");
        c.notes.push_back(n);
    }
    return c;
}

} // namespace reclama::core::test
