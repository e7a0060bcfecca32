// The sections that weigh the log: broken promises, financial summary, prior complaints and
// their answers, and deadlines still running.

#include "Writer.h"
#include "core/Ledger.h"

namespace reclama::dossier {

Section BrokenPromisesSection(const Writer& w) {
    Section s{"promises", w.t.Get("sections.promises"), true, {}};
    Table table;
    const auto L = Align::Left, R = Align::Right;
    table.columns = w.Columns("promises_columns", {1.2, 1.1, 2.8, 0.9, 0.8, 0.9}, {L, L, L, L, R, L});
    for (const auto& p : w.c.promises) {
        auto state = core::EvaluatePromise(p, w.options.today);
        // Broken by the user's decision, or still pending past its due date.
        if (p.status != core::PromiseStatus::Broken && !state.overdue) continue;
        std::string when;
        if (p.contact) {
            if (const auto* k = w.c.FindContact(*p.contact)) when = w.When(k->at);
        }
        table.rows.push_back({{p.by, when, p.text, p.due ? w.Day(*p.due) : "",
                               state.daysLate ? std::to_string(*state.daysLate) : "", w.StatusName(p.status)},
                              false, true});
    }
    if (table.rows.empty()) s.blocks.push_back(TextParagraph(w.t.Get("none")));
    else s.blocks.push_back(std::move(table));
    return s;
}

Section MoneySection(const Writer& w) {
    Section s{"money", w.t.Get("sections.money"), true, {}};
    const auto summary = core::SummarizeMoney(w.c);
    const auto L = Align::Left, R = Align::Right;
    if (!summary.invoices.empty()) {
        Table table;
        table.columns = w.Columns("money_columns", {1.4, 1.0, 1.0, 1.2, 1.0, 1.0}, {L, L, R, R, R, R});
        for (const auto& line : summary.invoices) {
            const auto& i = *line.invoice;
            table.rows.push_back({{i.number, w.Day(i.issued), w.Money(i.billed), w.Money(i.correct),
                                   w.Money(line.difference), w.Money(i.paid)},
                                  false, line.difference.minor != 0});
        }
        table.rows.push_back({{w.t.Get("money_total_row"), "", w.Money(summary.billed), w.Money(summary.correct),
                               w.Money(summary.wronglyBilled), w.Money(summary.paid)},
                              true, false});
        s.blocks.push_back(std::move(table));
        s.blocks.push_back(Spacer{8});
    }
    Table totals;
    totals.columns = {{w.t.Get("money_concept"), 3.0, L}, {w.t.Get("money_amount"), 1.2, R}};
    auto add = [&](const std::string& key, const core::Money& m, bool bold = false) {
        totals.rows.push_back({{w.t.Get(key), w.Money(m)}, bold, false});
    };
    add("money_wrongly_billed", summary.wronglyBilled);
    add("money_wrongly_paid", summary.wronglyPaid);
    add("money_refunds", summary.refunds);
    add("money_compensation", summary.compensation);
    add("money_still_to_refund", summary.stillToRefund);
    add("money_still_to_cancel", summary.stillToCancel);
    add("money_total", summary.totalClaimed, true);
    s.blocks.push_back(std::move(totals));
    if (summary.payments.minor != 0) {
        s.blocks.push_back(TextParagraph(w.t.Fill("money_payments_note", {{"amount", w.Money(summary.payments)}}),
                                         ParagraphStyle::Small));
    }
    return s;
}

Section ComplaintsSection(const Writer& w) {
    Section s{"complaints", w.t.Get("sections.complaints"), false, {}};
    Table table;
    const auto L = Align::Left, R = Align::Right;
    table.columns = w.Columns("complaints_columns", {2.4, 1.1, 1.0, 2.4, 1.0}, {L, L, L, L, R});
    for (const auto& k : w.c.contacts) {
        if (!k.complaint) continue;
        const core::Contact* answer = w.AnswerTo(k.id);
        const core::Date until = answer ? answer->at.LocalDate() : w.options.today;
        const long days = std::max(0L, static_cast<long>((until - k.at.LocalDate()).days()));
        std::string complaint = k.summary + (k.documents.empty() ? "" : " (" + w.Cites(k.documents) + ")");
        std::string answerText = answer ? w.When(answer->at) + " · " + answer->summary +
                                              (answer->documents.empty() ? "" : " (" + w.Cites(answer->documents) + ")")
                                        : w.t.Get("complaints_none");
        std::string elapsed = answer ? std::to_string(days)
                                     : w.t.Fill("complaints_waiting", {{"days", std::to_string(days)}});
        table.rows.push_back({{complaint, w.When(k.at), k.reference, answerText, elapsed}, false, !answer});
    }
    if (table.rows.empty()) s.blocks.push_back(TextParagraph(w.t.Get("none")));
    else s.blocks.push_back(std::move(table));
    return s;
}

Section DeadlinesSection(const Writer& w) {
    Section s{"deadlines", w.t.Get("sections.deadlines"), false, {}};
    Table table;
    const auto L = Align::Left;
    table.columns = w.Columns("deadlines_columns", {3.0, 1.0, 1.4}, {L, L, L});
    for (const auto& p : w.c.promises) {
        if (p.status != core::PromiseStatus::Pending || !p.due) continue;
        auto state = core::EvaluatePromise(p, w.options.today);
        std::string situation =
            state.overdue ? w.t.Fill("deadlines_overdue", {{"days", std::to_string(state.daysLate.value_or(0))}})
                          : w.t.Fill("deadlines_pending", {{"days", std::to_string((*p.due - w.options.today).days())}});
        table.rows.push_back({{p.text + (p.by.empty() ? "" : " (" + p.by + ")"), w.Day(*p.due), situation},
                              false, state.overdue});
    }
    if (table.rows.empty()) s.blocks.push_back(TextParagraph(w.t.Get("none")));
    else s.blocks.push_back(std::move(table));
    return s;
}

} // namespace reclama::dossier
