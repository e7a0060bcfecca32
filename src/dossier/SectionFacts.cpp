// The numbered statement of facts ("PRIMERO.-", "1."), written from the events in neutral
// language with the sentence templates of templates/texts/<lang>.json.

#include "Writer.h"
#include "core/Ledger.h"
#include "core/Timeline.h"

namespace reclama::dossier {
namespace {

// A quote is wrapped in «» by the template; its own final full stop goes after the quotes.
std::string QuoteBody(std::string quote) {
    while (!quote.empty() && (quote.back() == ' ' || quote.back() == '.')) quote.pop_back();
    return quote;
}

// How soon the claimant wrote the contact down: what makes a log credible.
std::string LoggedAfter(const Writer& w, long minutes) {
    constexpr long kDay = 24 * 60;
    if (minutes < 120) return w.t.Fill("fact_logged", {{"minutes", std::to_string(minutes)}});
    if (minutes < kDay) {
        return w.t.Fill("fact_logged_hours", {{"hours", std::to_string(minutes / 60)},
                                              {"minutes", std::to_string(minutes % 60)}});
    }
    return w.t.Fill("fact_logged_days", {{"days", std::to_string(minutes / kDay)}});
}

std::string ContactFact(const Writer& w, const core::Contact& k) {
    const bool outgoing = k.direction == core::Direction::Outgoing;
    const std::string action = w.t.Fill("fact_action." + std::string(core::ToString(k.direction)) + "." +
                                             std::string(core::ToString(k.channel)),
                                         {{"company", w.c.company.name}});
    const std::string details = w.t.Fill("fact_details", {{"department", k.department},
                                                          {"reference", k.reference},
                                                          {"both", !k.department.empty() && !k.reference.empty() ? "1" : ""}});
    std::map<std::string, std::string> v{{"when", w.WhenPhrase(k.at, true)},
                                         {"action", action},
                                         {"details", details},
                                         {"agent", w.Agent(k)},
                                         {"outgoing", outgoing ? "1" : ""},
                                         {"summary", Sentence(k.summary)}};
    if (k.waitMin && *k.waitMin > 0) v["wait"] = std::to_string(*k.waitMin);
    std::string text = w.t.Fill("fact_contact", v);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!k.quote.empty()) text += " " + w.t.Fill("fact_quote", {{"agent", k.agent}, {"quote", QuoteBody(k.quote)}});
    for (const auto* p : w.PromisesOf(k.id)) {
        text += " " + w.t.Fill("fact_promise", {{"by", p->by},
                                                {"text", p->text},
                                                {"due", p->due ? w.Day(*p->due) : ""},
                                                {"status", w.StatusName(p->status)}});
    }
    if (k.complaint) text += " " + w.t.Get("fact_complaint");
    if (k.replyTo) {
        if (const core::Contact* asked = w.c.FindContact(*k.replyTo)) {
            long days = (k.at.LocalDate() - asked->at.LocalDate()).days();
            text += " " + w.t.Fill("fact_reply", {{"date", w.Day(asked->at.LocalDate())}, {"days", std::to_string(days)}});
        }
    }
    if (auto minutes = core::LoggedAfterMinutes(k); minutes && *minutes >= 0) {
        text += " " + LoggedAfter(w, *minutes);
    }
    return text;
}

std::string InvoiceFact(const Writer& w, const core::Invoice& i) {
    std::string period;
    if (i.periodFrom && i.periodTo) {
        period = w.t.Fill("period", {{"from", w.Day(*i.periodFrom)}, {"to", w.Day(*i.periodTo)}});
    }
    return w.t.Fill("fact_invoice", {{"when", w.DayPhrase(i.issued, true)},
                                     {"company", w.c.company.name},
                                     {"number", i.number},
                                     {"period", period},
                                     {"billed", w.Money(i.billed)},
                                     {"dispute", i.correct == i.billed ? "" : "1"},
                                     {"correct", w.Money(i.correct)},
                                     {"paid", i.paid.minor != 0 ? w.Money(i.paid) : ""}});
}

} // namespace

Section FactsSection(const Writer& w) {
    Section s{"facts", w.t.Get("sections.facts"), true, {}};
    s.blocks.push_back(TextParagraph(w.t.Get("facts_intro")));
    int n = 0;
    for (const auto& e : core::BuildTimeline(w.c)) {
        std::string text, cites;
        switch (e.kind) {
        case core::EventKind::Contact: {
            const auto& k = w.c.contacts[e.index];
            text = ContactFact(w, k);
            cites = w.Cites(k.documents);
            break;
        }
        case core::EventKind::Invoice: {
            const auto& i = w.c.invoices[e.index];
            text = InvoiceFact(w, i);
            cites = w.Cites(i.documents);
            break;
        }
        case core::EventKind::Payment: {
            const auto& m = w.c.payments[e.index];
            // Payments against invoices are already in the invoice facts and the financial summary.
            if (m.kind == core::PaymentKind::Payment) continue;
            text = w.t.Fill("fact_payment." + std::string(core::ToString(m.kind)),
                            {{"when", w.WhenPhrase(m.at, true)},
                             {"company", w.c.company.name},
                             {"amount", w.Money(m.amount)},
                             {"reference", m.reference}});
            cites = w.Cites(m.documents);
            break;
        }
        case core::EventKind::IncidentStart: {
            const auto& o = w.c.incidents[e.index];
            text = w.t.Fill("fact_incident", {{"from", w.WhenPhrase(o.from, true)},
                                              {"to", o.to ? w.WhenPhrase(*o.to, false) : ""},
                                              {"description", o.description}});
            break;
        }
        // A promise is told with the contact in which it was made; the incident's end with its
        // start; notes are the claimant's own working notes, not facts.
        case core::EventKind::PromiseDue:
        case core::EventKind::IncidentEnd:
        case core::EventKind::Note: continue;
        }
        if (!cites.empty()) text += " (" + cites + ")";
        Paragraph p = TextParagraph(TidyStops(text));
        p.leadIn = w.t.OrdinalLeadIn(++n);
        s.blocks.push_back(std::move(p));
    }
    return s;
}

} // namespace reclama::dossier
