#include "core/Ledger.h"
#include "core/Timeline.h"

#include <gtest/gtest.h>

using namespace reclama::core;

namespace {

Promise MakePromise(PromiseStatus status, std::optional<Date> due, std::optional<Date> resolved = {}) {
    Promise p;
    p.text = "x";
    p.status = status;
    p.due = due;
    p.resolved = resolved;
    return p;
}

Invoice MakeInvoice(const char* billed, const char* correct, const char* paid, const char* currency) {
    Invoice i;
    i.number = "F";
    i.issued = Date(2026, 1, 1);
    i.billed = ParseAmount(billed, currency);
    i.correct = ParseAmount(correct, currency);
    i.paid = ParseAmount(paid, currency);
    return i;
}

} // namespace

TEST(Ledger, OverdueAndDaysLateComeFromToday) {
    Date today(2026, 3, 10);
    auto pending = EvaluatePromise(MakePromise(PromiseStatus::Pending, Date(2026, 3, 5)), today);
    EXPECT_TRUE(pending.overdue);
    EXPECT_EQ(pending.daysLate, 5);
    auto notYet = EvaluatePromise(MakePromise(PromiseStatus::Pending, Date(2026, 3, 15)), today);
    EXPECT_FALSE(notYet.overdue);
    EXPECT_FALSE(notYet.daysLate);
    auto onTheDay = EvaluatePromise(MakePromise(PromiseStatus::Pending, Date(2026, 3, 10)), today);
    EXPECT_FALSE(onTheDay.overdue);
    auto broken = EvaluatePromise(MakePromise(PromiseStatus::Broken, Date(2026, 3, 6)), today);
    EXPECT_FALSE(broken.overdue); // broken is the user's verdict, not "overdue"
    EXPECT_EQ(broken.daysLate, 4);
    auto keptLate = EvaluatePromise(
        MakePromise(PromiseStatus::Kept, Date(2026, 3, 6), Date(2026, 3, 9)), today);
    EXPECT_EQ(keptLate.daysLate, 3);
    auto keptOnTime = EvaluatePromise(
        MakePromise(PromiseStatus::Kept, Date(2026, 3, 6), Date(2026, 3, 5)), today);
    EXPECT_FALSE(keptOnTime.daysLate);
    EXPECT_FALSE(EvaluatePromise(MakePromise(PromiseStatus::Pending, {}), today).overdue);
}

TEST(Ledger, MoneySummaryOfTheSpanishSample) {
    Case c;
    c.currency = "EUR";
    c.invoices = {MakeInvoice("39.90", "16.73", "39.90", "EUR"),
                  MakeInvoice("39.90", "0.00", "39.90", "EUR")};
    Payment comp;
    comp.kind = PaymentKind::Compensation;
    comp.amount = ParseAmount("1.20", "EUR");
    Payment debit;
    debit.kind = PaymentKind::Payment;
    debit.amount = ParseAmount("39.90", "EUR");
    c.payments = {debit, comp};
    auto s = SummarizeMoney(c);
    EXPECT_EQ(ToCanonical(s.wronglyBilled), "63.07");
    EXPECT_EQ(ToCanonical(s.wronglyPaid), "63.07");
    EXPECT_EQ(ToCanonical(s.receivedBack), "1.20");
    EXPECT_EQ(ToCanonical(s.stillToRefund), "61.87");
    EXPECT_EQ(ToCanonical(s.stillToCancel), "0.00");
    EXPECT_EQ(ToCanonical(s.totalClaimed), "61.87");
    EXPECT_EQ(ToCanonical(s.payments), "39.90"); // shown, never added again
}

TEST(Ledger, MoneySummaryOfTheChileanSample) {
    Case c;
    c.currency = "CLP";
    c.invoices = {MakeInvoice("0", "0", "0", "CLP"), MakeInvoice("2219880", "0", "0", "CLP"),
                  MakeInvoice("418000", "342000", "342000", "CLP")};
    auto s = SummarizeMoney(c);
    EXPECT_EQ(ToCanonical(s.wronglyBilled), "2295880");
    EXPECT_EQ(ToCanonical(s.wronglyPaid), "0");
    EXPECT_EQ(ToCanonical(s.stillToCancel), "2295880");
    EXPECT_EQ(ToCanonical(s.totalClaimed), "2295880");
}

TEST(Ledger, PressureFigures) {
    Case c;
    c.timezone = "Europe/Madrid";
    Contact a;
    a.at = ParseEventTime("2026-01-14T09:05", "Europe/Madrid");
    a.agent = "Marta";
    a.waitMin = 22;
    a.durationMin = 38;
    Contact b = a;
    b.agent = "MARTA ";
    b.waitMin = 31;
    b.complaint = true;
    Contact d = a;
    d.agent = "Javier";
    d.waitMin.reset();
    c.contacts = {a, b, d};
    c.promises = {MakePromise(PromiseStatus::Broken, Date(2026, 1, 16)),
                  MakePromise(PromiseStatus::Pending, Date(2026, 1, 20))};
    auto f = ComputePressure(c, Date(2026, 2, 1));
    EXPECT_EQ(f.contacts, 3);
    EXPECT_EQ(f.distinctAgents, 2);
    EXPECT_EQ(f.totalWaitMin, 53);
    EXPECT_EQ(f.complaints, 1);
    EXPECT_EQ(f.brokenPromises, 1);
    EXPECT_EQ(f.overduePromises, 1);
    EXPECT_EQ(f.daysUnresolved, 18);
}

TEST(Ledger, LoggedAfter) {
    Contact c;
    c.at = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    c.recordedAt = ParseEventTime("2026-01-14T09:50:00+01:00", "Europe/Madrid");
    EXPECT_EQ(LoggedAfterMinutes(c), 45);
    c.at.precision = Precision::Day;
    EXPECT_FALSE(LoggedAfterMinutes(c));
}

TEST(Ledger, TodayFromAsOfThenSourceDateEpoch) {
    EXPECT_EQ(ResolveToday(std::string("2026-03-01")), Date(2026, 3, 1));
    setenv("SOURCE_DATE_EPOCH", "1767225600", 1); // 2026-01-01T00:00:00Z
    EXPECT_EQ(ResolveToday(std::nullopt), Date(2026, 1, 1));
    EXPECT_EQ(ResolveToday(std::nullopt, "America/Santiago"), Date(2025, 12, 31));
    unsetenv("SOURCE_DATE_EPOCH");
}

TEST(Timeline, SortsByInstantThenFileOrder) {
    Case c;
    c.timezone = "Europe/Madrid";
    Contact late, early, sameAsEarly;
    late.id = 1;
    late.at = ParseEventTime("2026-01-17T18:30", "Europe/Madrid");
    early.id = 2;
    early.at = ParseEventTime("2026-01-14T08:05:00Z", "Europe/Madrid");
    sameAsEarly.id = 3;
    sameAsEarly.at = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    c.contacts = {late, early, sameAsEarly};
    Note n;
    n.id = 1;
    n.at = ParseEventTime("2026-01-15", "Europe/Madrid");
    c.notes = {n};
    auto events = BuildTimeline(c);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[0].record, 2);
    EXPECT_EQ(events[1].record, 3);
    EXPECT_EQ(events[2].kind, EventKind::Note);
    EXPECT_EQ(events[3].record, 1);
}
