#pragma once
// Rules derived from the log and today's date: promise ledger, money summary, pressure figures.
// "Today" is always a parameter so that output is reproducible (--as-of, SOURCE_DATE_EPOCH).

#include "Model.h"

namespace reclama::core {

struct PromiseState {
    bool overdue = false;         // pending and past its due date
    std::optional<int> daysLate;  // kept/partly kept: resolved - due; pending/broken: today - due
};
PromiseState EvaluatePromise(const Promise& promise, const Date& today);

struct InvoiceLine {
    const Invoice* invoice = nullptr;
    Money difference;   // billed - correct
    Money wronglyPaid;  // max(0, paid - correct)
};

// Exactly case-format.md, "Money summary".
struct MoneySummary {
    std::vector<InvoiceLine> invoices;
    Money billed, correct, paid;
    Money wronglyBilled;  // sum of (billed - correct)
    Money wronglyPaid;    // sum of max(0, paid - correct)
    Money refunds, compensation;
    Money receivedBack;   // refunds + compensation
    Money stillToRefund;  // wronglyPaid - receivedBack
    Money stillToCancel;  // wronglyBilled - wronglyPaid
    Money totalClaimed;   // stillToRefund + stillToCancel
    Money payments;       // payments of kind "payment": shown, not counted again
};
MoneySummary SummarizeMoney(const Case& c);

struct PressureFigures {
    int contacts = 0;
    int distinctAgents = 0;     // non-empty agent names, case-insensitively distinct
    int totalWaitMin = 0;       // time on hold
    int totalCallMin = 0;       // duration of all contacts
    int complaints = 0;
    int promises = 0, brokenPromises = 0, overduePromises = 0, keptPromises = 0;
    std::optional<int> daysUnresolved; // today - date of the first contact
};
PressureFigures ComputePressure(const Case& c, const Date& today);

// Minutes between the event and when it was logged; nullopt when not logged or imprecise.
std::optional<long> LoggedAfterMinutes(const Contact& contact);

// "Today" from --as-of, else SOURCE_DATE_EPOCH, else the clock (UTC date in `zone`).
Date ResolveToday(const std::optional<std::string>& asOf, const std::string& zone = "UTC");

} // namespace reclama::core
