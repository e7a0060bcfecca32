#include "Ledger.h"

#include "Error.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <unicode/unistr.h>

#include <cstdlib>
#include <set>

namespace reclama::core {
namespace {

std::optional<int> PositiveDays(const Date& from, const Date& to) {
    long days = (to - from).days();
    if (days <= 0)
        return std::nullopt;
    return static_cast<int>(days);
}

// Agents are the same person whatever the case of the letters ("MARTA" and "Marta").
std::string FoldCase(const std::string& text) {
    std::string folded;
    icu::UnicodeString::fromUTF8(text).foldCase().trim().toUTF8String(folded);
    return folded;
}

} // namespace

PromiseState EvaluatePromise(const Promise& promise, const Date& today) {
    PromiseState state;
    if (!promise.due)
        return state;
    switch (promise.status) {
    case PromiseStatus::Pending:
        state.overdue = today > *promise.due;
        state.daysLate = PositiveDays(*promise.due, today);
        break;
    case PromiseStatus::Broken:
        // A broken promise was never kept: it stays late for as long as the dispute goes on.
        state.daysLate = PositiveDays(*promise.due, today);
        break;
    case PromiseStatus::Kept:
    case PromiseStatus::PartlyKept:
        if (promise.resolved)
            state.daysLate = PositiveDays(*promise.due, *promise.resolved);
        break;
    }
    return state;
}

MoneySummary SummarizeMoney(const Case& c) {
    const Money zero{0, c.currency};
    MoneySummary s;
    s.billed = s.correct = s.paid = s.wronglyBilled = s.wronglyPaid = zero;
    s.refunds = s.compensation = s.payments = zero;
    for (const auto& invoice : c.invoices) {
        InvoiceLine line;
        line.invoice = &invoice;
        line.difference = invoice.billed - invoice.correct;
        Money overpaid = invoice.paid - invoice.correct;
        line.wronglyPaid = overpaid.minor > 0 ? overpaid : zero;
        s.billed = s.billed + invoice.billed;
        s.correct = s.correct + invoice.correct;
        s.paid = s.paid + invoice.paid;
        s.wronglyBilled = s.wronglyBilled + line.difference;
        s.wronglyPaid = s.wronglyPaid + line.wronglyPaid;
        s.invoices.push_back(line);
    }
    for (const auto& payment : c.payments) {
        switch (payment.kind) {
        case PaymentKind::Refund:
            s.refunds = s.refunds + payment.amount;
            break;
        case PaymentKind::Compensation:
            s.compensation = s.compensation + payment.amount;
            break;
        case PaymentKind::Payment:
            s.payments = s.payments + payment.amount;
            break;
        }
    }
    s.receivedBack = s.refunds + s.compensation;
    s.stillToRefund = s.wronglyPaid - s.receivedBack;
    s.stillToCancel = s.wronglyBilled - s.wronglyPaid;
    s.totalClaimed = s.stillToRefund + s.stillToCancel;
    return s;
}

PressureFigures ComputePressure(const Case& c, const Date& today) {
    PressureFigures f;
    std::set<std::string> agents;
    std::optional<EventTime> first;
    for (const auto& contact : c.contacts) {
        ++f.contacts;
        if (!contact.agent.empty())
            agents.insert(FoldCase(contact.agent));
        f.totalWaitMin += contact.waitMin.value_or(0);
        f.totalCallMin += contact.durationMin.value_or(0);
        if (contact.complaint)
            ++f.complaints;
        if (!first || EarlierThan(contact.at, *first))
            first = contact.at;
    }
    f.distinctAgents = static_cast<int>(agents.size());
    for (const auto& promise : c.promises) {
        ++f.promises;
        if (promise.status == PromiseStatus::Broken)
            ++f.brokenPromises;
        if (promise.status == PromiseStatus::Kept)
            ++f.keptPromises;
        if (EvaluatePromise(promise, today).overdue)
            ++f.overduePromises;
    }
    if (first) {
        long days = (today - first->LocalDate()).days();
        f.daysUnresolved = static_cast<int>(days < 0 ? 0 : days);
    }
    return f;
}

std::optional<long> LoggedAfterMinutes(const Contact& contact) {
    if (!contact.recordedAt)
        return std::nullopt;
    if (contact.at.precision != Precision::Exact && contact.at.precision != Precision::Minute) {
        return std::nullopt;
    }
    return MinutesBetween(contact.at, *contact.recordedAt);
}

Date ResolveToday(const std::optional<std::string>& asOf, const std::string& zone) {
    if (asOf && !asOf->empty())
        return ParseDate(*asOf, "--as-of");
    boost::posix_time::ptime utcNow = boost::posix_time::second_clock::universal_time();
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        long long seconds = std::strtoll(epoch, &end, 10);
        if (*end != '\0' || seconds < 0) {
            throw InputError("SOURCE_DATE_EPOCH",
                             "'" + std::string(epoch) + "' is not a number of seconds since 1970");
        }
        utcNow = boost::posix_time::from_time_t(static_cast<std::time_t>(seconds));
    }
    int offset = IsKnownZone(zone) ? ZoneOffsetMinutes(zone, utcNow) : 0;
    return (utcNow + boost::posix_time::minutes(offset)).date();
}

} // namespace reclama::core
