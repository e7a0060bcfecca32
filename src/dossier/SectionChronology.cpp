// The chronology table: one compact row per event, in time order, with the exhibits cited.

#include "Writer.h"
#include "core/Ledger.h"
#include "core/Timeline.h"

namespace reclama::dossier {

namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& p : parts)
        if (!p.empty()) out += (out.empty() ? "" : separator) + p;
    return out;
}

} // namespace

// Eight columns, so that the table stays readable on a portrait page: no., date and time,
// channel / direction, agent / reference, description, promise (status), amount, exhibits.
Section ChronologySection(const Writer& w) {
    Section s{"chronology", w.t.Get("sections.chronology"), true, {}};
    Table table;
    table.compact = true;
    const auto L = Align::Left, R = Align::Right;
    table.columns = w.Columns("chronology_columns", {0.35, 1.2, 0.9, 1.2, 3.0, 1.6, 0.85, 0.8}, {R, L, L, L, L, L, R, L});
    int n = 0;
    for (const auto& e : core::BuildTimeline(w.c)) {
        if (e.kind == core::EventKind::Note) continue; // the claimant's working notes stay private
        TableRow row;
        std::string how, who, description, promise, amount, exhibits;
        switch (e.kind) {
        case core::EventKind::Contact: {
            const auto& k = w.c.contacts[e.index];
            how = Join({w.ChannelName(k.channel), w.DirectionName(k.direction),
                        k.complaint ? w.t.Get("status_complaint") : "", k.replyTo ? w.t.Get("status_answer") : ""},
                       " · ");
            who = Join({w.Agent(k), k.department, k.reference}, " · ");
            description = k.summary;
            if (!k.quote.empty()) description += " «" + k.quote + "»";
            std::vector<std::string> promises;
            for (const auto* p : w.PromisesOf(k.id)) {
                promises.push_back(p->text + " (" + w.StatusName(p->status) + ")");
                auto state = core::EvaluatePromise(*p, w.options.today);
                row.alert = row.alert || p->status == core::PromiseStatus::Broken || state.overdue;
            }
            promise = Join(promises, "; ");
            exhibits = w.Cites(k.documents);
            break;
        }
        case core::EventKind::PromiseDue: {
            const auto& p = w.c.promises[e.index];
            who = p.by;
            description = w.t.Fill("chronology_promise_due", {{"by", p.by}});
            auto state = core::EvaluatePromise(p, w.options.today);
            std::string status = w.StatusName(p.status);
            if (state.daysLate) status += ", " + w.t.Fill("days_late", {{"days", std::to_string(*state.daysLate)}});
            promise = p.text + " (" + status + ")";
            row.alert = p.status == core::PromiseStatus::Broken || state.overdue;
            break;
        }
        case core::EventKind::Invoice: {
            const auto& i = w.c.invoices[e.index];
            who = i.number;
            description = w.t.Fill("chronology_invoice", {{"number", i.number},
                                                          {"billed", w.Money(i.billed)},
                                                          {"dispute", i.correct == i.billed ? "" : "1"},
                                                          {"correct", w.Money(i.correct)}});
            amount = w.Money(i.billed);
            exhibits = w.Cites(i.documents);
            break;
        }
        case core::EventKind::Payment: {
            const auto& m = w.c.payments[e.index];
            description = w.PaymentKindName(m.kind);
            who = m.reference;
            amount = w.Money(m.amount);
            exhibits = w.Cites(m.documents);
            break;
        }
        case core::EventKind::IncidentStart:
        case core::EventKind::IncidentEnd: {
            const auto& o = w.c.incidents[e.index];
            description = w.t.Fill(e.kind == core::EventKind::IncidentStart ? "incident_start" : "incident_end",
                                   {{"description", o.description}});
            break;
        }
        case core::EventKind::Note: break;
        }
        row.cells = {std::to_string(++n), w.When(e.at), how, who, description, promise, amount, exhibits};
        table.rows.push_back(std::move(row));
    }
    if (table.rows.empty()) s.blocks.push_back(TextParagraph(w.t.Get("none")));
    else s.blocks.push_back(std::move(table));
    return s;
}

} // namespace reclama::dossier
