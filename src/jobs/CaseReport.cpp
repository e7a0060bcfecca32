#include "CaseReport.h"

#include "core/Ledger.h"
#include "core/Timeline.h"

#include <sstream>

namespace reclama::jobs {
namespace {

using nlohmann::json;

json MoneyJson(const core::Money& m) { return core::ToCanonical(m); }

json OptionalDate(const std::optional<core::Date>& d) {
    return d ? json(core::ToIso(*d)) : json(nullptr);
}

std::string Plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string DescribeContact(const core::Contact& k) {
    std::string line = std::string(core::ToString(k.channel)) + " " +
                       std::string(core::ToString(k.direction));
    if (!k.agent.empty()) line += " · " + k.agent + (k.agentId.empty() ? "" : " (" + k.agentId + ")");
    if (!k.reference.empty()) line += " · " + k.reference;
    if (k.complaint) line += " · COMPLAINT";
    line += " · " + k.summary;
    return line;
}

json CaseOverviewJson(const core::Case& c, const core::Date& today) {
    auto money = core::SummarizeMoney(c);
    auto pressure = core::ComputePressure(c, today);
    json promises = json::array();
    for (const auto& p : c.promises) {
        auto state = core::EvaluatePromise(p, today);
        promises.push_back({{"id", p.id},
                            {"by", p.by},
                            {"text", p.text},
                            {"due", OptionalDate(p.due)},
                            {"status", core::ToString(p.status)},
                            {"resolved", OptionalDate(p.resolved)},
                            {"overdue", state.overdue},
                            {"days_late", state.daysLate ? json(*state.daysLate) : json(nullptr)}});
    }
    json invoices = json::array();
    for (const auto& line : money.invoices) {
        invoices.push_back({{"id", line.invoice->id},
                            {"number", line.invoice->number},
                            {"billed", MoneyJson(line.invoice->billed)},
                            {"correct", MoneyJson(line.invoice->correct)},
                            {"difference", MoneyJson(line.difference)},
                            {"paid", MoneyJson(line.invoice->paid)}});
    }
    json references = json::array();
    for (const auto& r : c.references) references.push_back({{"label", r.label}, {"value", r.value}});
    return {
        {"id", c.id},
        {"title", c.title},
        {"status", core::ToString(c.status)},
        {"jurisdiction", c.jurisdiction},
        {"language", c.language},
        {"currency", c.currency},
        {"timezone", c.timezone},
        {"as_of", core::ToIso(today)},
        {"claimant",
         {{"name", c.claimant.name}, {"id_number", c.claimant.idNumber},
          {"address", c.claimant.address}, {"email", c.claimant.email},
          {"phone", c.claimant.phone}, {"representative", c.claimant.representative}}},
        {"company",
         {{"name", c.company.name}, {"tax_id", c.company.taxId}, {"address", c.company.address},
          {"customer_number", c.company.customerNumber}}},
        {"references", references},
        {"counts",
         {{"contacts", c.contacts.size()}, {"promises", c.promises.size()},
          {"invoices", c.invoices.size()}, {"payments", c.payments.size()},
          {"incidents", c.incidents.size()}, {"documents", c.documents.size()},
          {"notes", c.notes.size()}}},
        {"promises",
         {{"total", pressure.promises}, {"broken", pressure.brokenPromises},
          {"overdue", pressure.overduePromises}, {"kept", pressure.keptPromises},
          {"items", promises}}},
        {"money",
         {{"wrongly_billed", MoneyJson(money.wronglyBilled)},
          {"wrongly_paid", MoneyJson(money.wronglyPaid)},
          {"received_back", MoneyJson(money.receivedBack)},
          {"still_to_refund", MoneyJson(money.stillToRefund)},
          {"still_to_cancel", MoneyJson(money.stillToCancel)},
          {"total_claimed", MoneyJson(money.totalClaimed)},
          {"invoices", invoices}}},
        {"pressure",
         {{"contacts", pressure.contacts}, {"distinct_agents", pressure.distinctAgents},
          {"wait_minutes", pressure.totalWaitMin}, {"contact_minutes", pressure.totalCallMin},
          {"complaints", pressure.complaints},
          {"days_unresolved",
           pressure.daysUnresolved ? json(*pressure.daysUnresolved) : json(nullptr)}}},
    };
}

std::string CaseOverviewText(const core::Case& c, const core::Date& today) {
    auto money = core::SummarizeMoney(c);
    auto pressure = core::ComputePressure(c, today);
    std::ostringstream out;
    out << c.title << "  [" << c.id << ", " << core::ToString(c.status) << "]\n";
    out << "Claimant: " << c.claimant.name;
    if (!c.claimant.idNumber.empty()) out << " (" << c.claimant.idNumber << ")";
    if (!c.claimant.representative.empty()) out << ", represented by " << c.claimant.representative;
    out << "\nCompany:  " << c.company.name;
    if (!c.company.taxId.empty()) out << " (" << c.company.taxId << ")";
    if (!c.company.customerNumber.empty()) out << ", customer no. " << c.company.customerNumber;
    out << "\n";
    for (const auto& r : c.references) out << "  " << r.label << ": " << r.value << "\n";
    out << c.jurisdiction << " · " << c.currency << " · " << c.timezone << " · as of "
        << core::ToIso(today) << "\n\n";
    out << "Records: " << Plural(int(c.contacts.size()), "contact", "contacts") << ", "
        << Plural(int(c.promises.size()), "promise", "promises") << ", "
        << Plural(int(c.invoices.size()), "invoice", "invoices") << ", "
        << Plural(int(c.payments.size()), "payment", "payments") << ", "
        << Plural(int(c.incidents.size()), "incident", "incidents") << ", "
        << Plural(int(c.documents.size()), "document", "documents") << ", "
        << Plural(int(c.notes.size()), "note", "notes") << "\n";
    out << "Pressure: " << Plural(pressure.distinctAgents, "agent", "different agents") << ", "
        << pressure.totalWaitMin << " min on hold, " << pressure.complaints
        << " formal complaint(s)";
    if (pressure.daysUnresolved) out << ", " << *pressure.daysUnresolved << " days unresolved";
    out << "\n\nPromises: " << pressure.promises << " (" << pressure.brokenPromises << " broken, "
        << pressure.overduePromises << " overdue, " << pressure.keptPromises << " kept)\n";
    for (const auto& p : c.promises) {
        auto state = core::EvaluatePromise(p, today);
        out << "  p" << p.id << "  " << core::ToString(p.status);
        if (state.overdue) out << " (OVERDUE)";
        out << "  " << p.text;
        if (!p.by.empty()) out << " — " << p.by;
        if (p.due) out << "; due " << core::ToIso(*p.due);
        if (state.daysLate) out << "; " << *state.daysLate << " days late";
        out << "\n";
    }
    out << "\nMoney (" << c.currency << ")\n";
    for (const auto& line : money.invoices) {
        out << "  " << line.invoice->number << ": billed " << core::ToCanonical(line.invoice->billed)
            << ", should be " << core::ToCanonical(line.invoice->correct) << ", difference "
            << core::ToCanonical(line.difference) << ", paid "
            << core::ToCanonical(line.invoice->paid) << "\n";
    }
    out << "  wrongly billed:  " << core::ToCanonical(money.wronglyBilled) << "\n"
        << "  wrongly paid:    " << core::ToCanonical(money.wronglyPaid) << "\n"
        << "  received back:   " << core::ToCanonical(money.receivedBack) << "\n"
        << "  still to refund: " << core::ToCanonical(money.stillToRefund) << "\n"
        << "  still to cancel: " << core::ToCanonical(money.stillToCancel) << "\n"
        << "  TOTAL CLAIMED:   " << core::ToCanonical(money.totalClaimed) << "\n";
    return out.str();
}

json TimelineJson(const core::Case& c, const core::Date& today) {
    json events = json::array();
    for (const auto& e : core::BuildTimeline(c)) {
        json item = {{"kind", core::ToString(e.kind)},
                     {"at", e.at.ToIso()},
                     {"precision", core::ToString(e.at.precision)},
                     {"record", e.record}};
        switch (e.kind) {
        case core::EventKind::Contact: {
            const auto& k = c.contacts[e.index];
            item["handle"] = core::RecordHandle(core::RecordKind::Contact, k.id);
            item["channel"] = core::ToString(k.channel);
            item["direction"] = core::ToString(k.direction);
            item["agent"] = k.agent;
            item["reference"] = k.reference;
            item["summary"] = k.summary;
            break;
        }
        case core::EventKind::PromiseDue: {
            const auto& p = c.promises[e.index];
            item["handle"] = core::RecordHandle(core::RecordKind::Promise, p.id);
            item["text"] = p.text;
            item["status"] = core::ToString(p.status);
            item["overdue"] = core::EvaluatePromise(p, today).overdue;
            break;
        }
        case core::EventKind::Invoice: {
            const auto& i = c.invoices[e.index];
            item["handle"] = core::RecordHandle(core::RecordKind::Invoice, i.id);
            item["number"] = i.number;
            item["billed"] = core::ToCanonical(i.billed);
            break;
        }
        case core::EventKind::Payment: {
            const auto& m = c.payments[e.index];
            item["handle"] = core::RecordHandle(core::RecordKind::Payment, m.id);
            item["payment_kind"] = core::ToString(m.kind);
            item["amount"] = core::ToCanonical(m.amount);
            break;
        }
        case core::EventKind::IncidentStart:
        case core::EventKind::IncidentEnd: {
            const auto& o = c.incidents[e.index];
            item["handle"] = core::RecordHandle(core::RecordKind::Incident, o.id);
            item["description"] = o.description;
            break;
        }
        case core::EventKind::Note: {
            const auto& n = c.notes[e.index];
            item["handle"] = core::RecordHandle(core::RecordKind::Note, n.id);
            item["text"] = n.text;
            break;
        }
        }
        events.push_back(std::move(item));
    }
    return events;
}

std::string TimelineText(const core::Case& c, const core::Date& today) {
    std::ostringstream out;
    for (const auto& e : core::BuildTimeline(c)) {
        out << e.at.ToIso() << "  ";
        switch (e.kind) {
        case core::EventKind::Contact: {
            const auto& k = c.contacts[e.index];
            out << "c" << k.id << "  " << DescribeContact(k);
            break;
        }
        case core::EventKind::PromiseDue: {
            const auto& p = c.promises[e.index];
            auto state = core::EvaluatePromise(p, today);
            out << "p" << p.id << "  promise due (" << core::ToString(p.status)
                << (state.overdue ? ", OVERDUE" : "") << ") · " << p.text;
            break;
        }
        case core::EventKind::Invoice: {
            const auto& i = c.invoices[e.index];
            out << "i" << i.id << "  invoice " << i.number << " · billed "
                << core::ToCanonical(i.billed) << " " << c.currency;
            break;
        }
        case core::EventKind::Payment: {
            const auto& m = c.payments[e.index];
            out << "m" << m.id << "  " << core::ToString(m.kind) << " "
                << core::ToCanonical(m.amount) << " " << c.currency;
            if (!m.reference.empty()) out << " · " << m.reference;
            break;
        }
        case core::EventKind::IncidentStart:
        case core::EventKind::IncidentEnd: {
            const auto& o = c.incidents[e.index];
            out << "o" << o.id << "  "
                << (e.kind == core::EventKind::IncidentStart ? "outage starts" : "outage ends")
                << " · " << o.description;
            break;
        }
        case core::EventKind::Note: {
            const auto& n = c.notes[e.index];
            out << "n" << n.id << "  note · " << n.text;
            break;
        }
        }
        out << "\n";
    }
    return out.str();
}

} // namespace reclama::jobs
