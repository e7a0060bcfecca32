#include "core/Ledger.h"
#include "SampleCase.h"
#include "core/Error.h"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdlib>

using namespace reclama::core;

namespace {

Promise MakePromise(PromiseStatus status, std::optional<Date> due,
                    std::optional<Date> resolved = {}) {
    Promise p;
    p.text = "x";
    p.status = status;
    p.due = due;
    p.resolved = resolved;
    return p;
}

Invoice MakeInvoice(const char* billed, const char* correct, const char* paid,
                    const char* currency) {
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
    EXPECT_FALSE(onTheDay.daysLate);
    auto broken = EvaluatePromise(MakePromise(PromiseStatus::Broken, Date(2026, 3, 6)), today);
    EXPECT_FALSE(broken.overdue); // broken is the user's verdict, not "overdue"
    EXPECT_EQ(broken.daysLate, 4);
    auto keptLate = EvaluatePromise(
        MakePromise(PromiseStatus::Kept, Date(2026, 3, 6), Date(2026, 3, 9)), today);
    EXPECT_EQ(keptLate.daysLate, 3);
    auto keptOnTime = EvaluatePromise(
        MakePromise(PromiseStatus::Kept, Date(2026, 3, 6), Date(2026, 3, 5)), today);
    EXPECT_FALSE(keptOnTime.daysLate);
    auto partlyLate = EvaluatePromise(
        MakePromise(PromiseStatus::PartlyKept, Date(2026, 3, 1), Date(2026, 3, 8)), today);
    EXPECT_FALSE(partlyLate.overdue);
    EXPECT_EQ(partlyLate.daysLate, 7);
    // Kept without saying when: nothing to measure.
    EXPECT_FALSE(
        EvaluatePromise(MakePromise(PromiseStatus::Kept, Date(2026, 3, 1)), today).daysLate);
    // A broken promise is late by today, whatever day it was found broken.
    auto brokenResolved = EvaluatePromise(
        MakePromise(PromiseStatus::Broken, Date(2026, 3, 6), Date(2026, 3, 7)), today);
    EXPECT_EQ(brokenResolved.daysLate, 4);
    auto brokenEarly =
        EvaluatePromise(MakePromise(PromiseStatus::Broken, Date(2026, 3, 20)), today);
    EXPECT_FALSE(brokenEarly.daysLate); // never negative
    auto noDue = EvaluatePromise(MakePromise(PromiseStatus::Pending, {}), today);
    EXPECT_FALSE(noDue.overdue);
    EXPECT_FALSE(noDue.daysLate);
    // The day after the due date is the first day late.
    auto dayAfter = EvaluatePromise(MakePromise(PromiseStatus::Pending, Date(2026, 3, 9)), today);
    EXPECT_TRUE(dayAfter.overdue);
    EXPECT_EQ(dayAfter.daysLate, 1);
}

// Figures worked out by hand from tests/data/samples/es-adsl-averia/case.json:
// i1 39.90 billed, 16.73 correct, 39.90 paid; i2 39.90, 0.00, 39.90; compensation 1.20;
// two direct debits of 39.90 (payments: shown, not counted again).
TEST(Ledger, MoneySummaryOfTheSpanishSample) {
    const Case c = test::LoadSample("es-adsl-averia");
    const auto s = SummarizeMoney(c);
    ASSERT_EQ(s.invoices.size(), 2u);
    EXPECT_EQ(s.invoices[0].invoice, &c.invoices[0]);
    EXPECT_EQ(ToCanonical(s.invoices[0].difference), "23.17");
    EXPECT_EQ(ToCanonical(s.invoices[0].wronglyPaid), "23.17");
    EXPECT_EQ(ToCanonical(s.invoices[1].difference), "39.90");
    EXPECT_EQ(ToCanonical(s.billed), "79.80");
    EXPECT_EQ(ToCanonical(s.correct), "16.73");
    EXPECT_EQ(ToCanonical(s.paid), "79.80");
    EXPECT_EQ(ToCanonical(s.wronglyBilled), "63.07");
    EXPECT_EQ(ToCanonical(s.wronglyPaid), "63.07");
    EXPECT_EQ(ToCanonical(s.refunds), "0.00");
    EXPECT_EQ(ToCanonical(s.compensation), "1.20");
    EXPECT_EQ(ToCanonical(s.receivedBack), "1.20");
    EXPECT_EQ(ToCanonical(s.stillToRefund), "61.87");
    EXPECT_EQ(ToCanonical(s.stillToCancel), "0.00");
    EXPECT_EQ(ToCanonical(s.totalClaimed), "61.87");
    EXPECT_EQ(ToCanonical(s.payments), "79.80");
    EXPECT_EQ(s.totalClaimed.currency, "EUR");
}

// From tests/data/samples/cl-telefonia-empresa/case.json: i1 0/0/0; i2 2219880 billed for
// equipment never received, nothing paid; i3 418000 billed, 342000 correct and paid.
TEST(Ledger, MoneySummaryOfTheChileanSample) {
    const Case c = test::LoadSample("cl-telefonia-empresa");
    const auto s = SummarizeMoney(c);
    ASSERT_EQ(s.invoices.size(), 3u);
    EXPECT_EQ(ToCanonical(s.invoices[1].difference), "2219880");
    EXPECT_EQ(ToCanonical(s.invoices[1].wronglyPaid), "0");
    EXPECT_EQ(ToCanonical(s.invoices[2].difference), "76000");
    EXPECT_EQ(ToCanonical(s.invoices[2].wronglyPaid), "0");
    EXPECT_EQ(ToCanonical(s.billed), "2637880");
    EXPECT_EQ(ToCanonical(s.wronglyBilled), "2295880");
    EXPECT_EQ(ToCanonical(s.wronglyPaid), "0");
    EXPECT_EQ(ToCanonical(s.receivedBack), "0");
    EXPECT_EQ(ToCanonical(s.stillToRefund), "0");
    EXPECT_EQ(ToCanonical(s.stillToCancel), "2295880");
    EXPECT_EQ(ToCanonical(s.totalClaimed), "2295880");
    EXPECT_EQ(ToCanonical(s.payments), "342000");
    EXPECT_EQ(s.totalClaimed.currency, "CLP");
}

TEST(Ledger, MoneySummaryRules) {
    Case c;
    c.currency = "EUR";
    // Overpaid, underpaid (never negative "wrongly paid") and billed below the correct amount.
    c.invoices = {MakeInvoice("100.00", "60.00", "100.00", "EUR"),
                  MakeInvoice("50.00", "50.00", "20.00", "EUR"),
                  MakeInvoice("10.00", "15.00", "10.00", "EUR")};
    Payment refund, compensation, debit;
    refund.kind = PaymentKind::Refund;
    refund.amount = ParseAmount("25.00", "EUR");
    compensation.kind = PaymentKind::Compensation;
    compensation.amount = ParseAmount("5.00", "EUR");
    debit.kind = PaymentKind::Payment;
    debit.amount = ParseAmount("100.00", "EUR");
    c.payments = {refund, debit, compensation};
    const auto s = SummarizeMoney(c);
    EXPECT_EQ(ToCanonical(s.invoices[1].wronglyPaid), "0.00");
    EXPECT_EQ(ToCanonical(s.invoices[2].difference), "-5.00");
    EXPECT_EQ(ToCanonical(s.wronglyBilled), "35.00"); // 40 + 0 - 5
    EXPECT_EQ(ToCanonical(s.wronglyPaid), "40.00");   // 40 + 0 + 0
    EXPECT_EQ(ToCanonical(s.refunds), "25.00");
    EXPECT_EQ(ToCanonical(s.compensation), "5.00");
    EXPECT_EQ(ToCanonical(s.receivedBack), "30.00");
    EXPECT_EQ(ToCanonical(s.stillToRefund), "10.00"); // 40 - 30
    EXPECT_EQ(ToCanonical(s.stillToCancel), "-5.00"); // 35 - 40
    EXPECT_EQ(ToCanonical(s.totalClaimed), "5.00");
    EXPECT_EQ(ToCanonical(s.payments), "100.00");

    const auto empty = SummarizeMoney(Case{});
    EXPECT_EQ(empty.totalClaimed, (Money{0, "EUR"}));
    EXPECT_TRUE(empty.invoices.empty());
}

TEST(Ledger, PressureFiguresOfTheSamples) {
    const auto es = ComputePressure(test::LoadSample("es-adsl-averia"), Date(2026, 3, 10));
    EXPECT_EQ(es.contacts, 7);
    EXPECT_EQ(es.distinctAgents, 4);
    EXPECT_EQ(es.totalWaitMin, 71);
    EXPECT_EQ(es.totalCallMin, 158);
    EXPECT_EQ(es.complaints, 1);
    EXPECT_EQ(es.promises, 4);
    EXPECT_EQ(es.brokenPromises, 3);
    EXPECT_EQ(es.overduePromises, 1); // p4, due 2026-03-05, still pending
    EXPECT_EQ(es.keptPromises, 0);
    EXPECT_EQ(es.daysUnresolved, 55); // since 2026-01-14
    const auto cl = ComputePressure(test::LoadSample("cl-telefonia-empresa"), Date(2026, 6, 16));
    EXPECT_EQ(cl.contacts, 9);
    EXPECT_EQ(cl.distinctAgents, 6);
    EXPECT_EQ(cl.totalWaitMin, 25);
    EXPECT_EQ(cl.totalCallMin, 193);
    EXPECT_EQ(cl.complaints, 1);
    EXPECT_EQ(cl.brokenPromises, 2);
    EXPECT_EQ(cl.keptPromises, 1);
    EXPECT_EQ(cl.overduePromises, 0);
    EXPECT_EQ(cl.daysUnresolved, 126); // 2026-02-10 to 2026-06-16
    EXPECT_FALSE(ComputePressure(Case{}, Date(2026, 1, 1)).daysUnresolved);
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
    c.at.precision = Precision::Exact;
    EXPECT_EQ(LoggedAfterMinutes(c), 45);
    c.at.precision = Precision::Day;
    EXPECT_FALSE(LoggedAfterMinutes(c));
    c.at.precision = Precision::Month;
    EXPECT_FALSE(LoggedAfterMinutes(c));
    c.at.precision = Precision::Minute;
    c.recordedAt.reset();
    EXPECT_FALSE(LoggedAfterMinutes(c));
    // Across zones the instants count: logged from Madrid about a call made in Santiago.
    c.at = ParseEventTime("2026-02-10T11:00", "America/Santiago");
    c.recordedAt = ParseEventTime("2026-02-10T15:40:00+01:00", "Europe/Madrid");
    EXPECT_EQ(LoggedAfterMinutes(c), 40);
}

TEST(Ledger, LoggedAfterInTheSpanishSample) {
    const Case c = test::LoadSample("es-adsl-averia");
    EXPECT_EQ(LoggedAfterMinutes(c.contacts[0]), 45); // c1: 09:05, logged 09:50
    EXPECT_FALSE(LoggedAfterMinutes(c.contacts[2]));  // c3: never logged with a time
    EXPECT_FALSE(LoggedAfterMinutes(c.contacts[5]));  // c6: a day, logged at 09:10
    EXPECT_EQ(LoggedAfterMinutes(c.contacts[6]), 5);
}

// Restores SOURCE_DATE_EPOCH as it was, so that tests do not leak into each other.
class SourceDateEpoch {
public:
    explicit SourceDateEpoch(const char* value) {
        if (const char* old = std::getenv("SOURCE_DATE_EPOCH"))
            m_old = old;
        if (value)
            setenv("SOURCE_DATE_EPOCH", value, 1);
        else
            unsetenv("SOURCE_DATE_EPOCH");
    }
    ~SourceDateEpoch() {
        if (m_old)
            setenv("SOURCE_DATE_EPOCH", m_old->c_str(), 1);
        else
            unsetenv("SOURCE_DATE_EPOCH");
    }

private:
    std::optional<std::string> m_old;
};

TEST(Ledger, TodayFromAsOfThenSourceDateEpochThenClock) {
    {
        SourceDateEpoch epoch("1767225600"); // 2026-01-01T00:00:00Z
        EXPECT_EQ(ResolveToday(std::string("2026-03-01")), Date(2026, 3, 1)); // --as-of wins
        EXPECT_EQ(ResolveToday(std::nullopt), Date(2026, 1, 1));
        EXPECT_EQ(ResolveToday(std::string()), Date(2026, 1, 1)); // an empty --as-of is no --as-of
        EXPECT_EQ(ResolveToday(std::nullopt, "Europe/Madrid"), Date(2026, 1, 1));
        EXPECT_EQ(ResolveToday(std::nullopt, "America/Santiago"), Date(2025, 12, 31));
    }
    {
        SourceDateEpoch epoch("yesterday");
        EXPECT_THROW(ResolveToday(std::nullopt), reclama::InputError);
        EXPECT_EQ(ResolveToday(std::string("2026-03-01")), Date(2026, 3, 1));
    }
    {
        SourceDateEpoch epoch(nullptr);
        const Date clock = boost::gregorian::day_clock::universal_day();
        const Date today = ResolveToday(std::nullopt);
        EXPECT_LE((today - clock).days(), 1);
        EXPECT_GE((today - clock).days(), -1);
    }
    try {
        ResolveToday(std::string("2026-02-30"));
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "--as-of");
    }
}
