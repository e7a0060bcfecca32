#include "core/Timeline.h"
#include "SampleCase.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace reclama::core;

namespace {

// "c1", "p3", "o1+" (incident start), "o1-" (incident end): short enough to compare whole lists.
std::string Handle(const TimelineEvent& e) {
    switch (e.kind) {
    case EventKind::Contact:
        return RecordHandle(RecordKind::Contact, e.record);
    case EventKind::PromiseDue:
        return RecordHandle(RecordKind::Promise, e.record);
    case EventKind::Invoice:
        return RecordHandle(RecordKind::Invoice, e.record);
    case EventKind::Payment:
        return RecordHandle(RecordKind::Payment, e.record);
    case EventKind::IncidentStart:
        return RecordHandle(RecordKind::Incident, e.record) + "+";
    case EventKind::IncidentEnd:
        return RecordHandle(RecordKind::Incident, e.record) + "-";
    case EventKind::Note:
        return RecordHandle(RecordKind::Note, e.record);
    }
    return "?";
}

std::vector<std::string> Handles(const std::vector<TimelineEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events)
        out.push_back(Handle(e));
    return out;
}

} // namespace

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
    const auto events = BuildTimeline(c);
    EXPECT_EQ(Handles(events), (std::vector<std::string>{"c2", "c3", "n1", "c1"}));
    EXPECT_EQ(events[0].index, 1u);
    EXPECT_EQ(events[3].index, 0u);
}

TEST(Timeline, SameInstantKeepsTheOrderOfTheCaseFile) {
    // Everything on one day, written in the file in reverse: the kinds still come in file order
    // (contacts, promises, invoices, payments, incidents, notes), and within a kind, list order.
    Case c;
    c.timezone = "America/Santiago";
    const EventTime day = ParseEventTime("2026-04-11", c.timezone);
    Note n;
    n.id = 1;
    n.at = day;
    c.notes = {n};
    Incident o;
    o.id = 1;
    o.from = day;
    o.to = day;
    c.incidents = {o};
    Payment m2, m1;
    m2.id = 2;
    m2.at = day;
    m1.id = 1;
    m1.at = day;
    c.payments = {m2, m1};
    Invoice i;
    i.id = 1;
    i.issued = Date(2026, 4, 11);
    c.invoices = {i};
    Promise p, noDue;
    p.id = 1;
    p.due = Date(2026, 4, 11);
    noDue.id = 2; // a promise without a due date has no place in time
    c.promises = {p, noDue};
    Contact k;
    k.id = 1;
    k.at = day;
    c.contacts = {k};
    EXPECT_EQ(Handles(BuildTimeline(c)),
              (std::vector<std::string>{"c1", "p1", "i1", "m2", "m1", "o1+", "o1-", "n1"}));
}

TEST(Timeline, DatesStandAtTheStartOfTheirDayInTheCaseZone) {
    Case c;
    c.timezone = "America/Santiago";
    Contact evening, morning;
    evening.id = 1;
    evening.at = ParseEventTime("2026-05-05T23:30", c.timezone);
    morning.id = 2;
    morning.at = ParseEventTime("2026-05-06T08:00", c.timezone);
    c.contacts = {evening, morning};
    Invoice i;
    i.id = 1;
    i.issued = Date(2026, 5, 6);
    c.invoices = {i};
    const auto events = BuildTimeline(c);
    EXPECT_EQ(Handles(events), (std::vector<std::string>{"c1", "i1", "c2"}));
    EXPECT_EQ(events[1].at.ToIso(), "2026-05-06");
    EXPECT_EQ(events[1].at.offsetMinutes, -240);
    EXPECT_EQ(events[1].at.precision, Precision::Day);
}

TEST(Timeline, TheSpanishSampleInOrder) {
    const Case c = test::LoadSample("es-adsl-averia");
    // Worked out by hand from the sample: the outage (08:00) starts before the first call (09:05),
    // promises stand on their due dates, invoices on their issue dates, and o1 has no end yet.
    EXPECT_EQ(Handles(BuildTimeline(c)),
              (std::vector<std::string>{"o1+", "c1", "p1", "c2", "c3", "p2", "c4", "c5", "p3", "i1",
                                        "c6", "m1", "c7", "i2", "p4", "n1", "m2", "m3"}));
}

TEST(Timeline, TheChileanSampleInOrder) {
    const Case c = test::LoadSample("cl-telefonia-empresa");
    // p1 and p2 fall due on the same day: file order. o1 starts on 03-04 at 07:00, before c3.
    EXPECT_EQ(
        Handles(BuildTimeline(c)),
        (std::vector<std::string>{"c1", "c2", "o1+", "c3", "i1", "c4",  "p1", "p2", "o1-", "i2",
                                  "c5", "c6", "c7",  "p3", "i3", "o2+", "c8", "m1", "c9",  "n1"}));
}

TEST(Timeline, KindNames) {
    EXPECT_EQ(ToString(EventKind::PromiseDue), "promise_due");
    EXPECT_EQ(ToString(EventKind::IncidentEnd), "incident_end");
    EXPECT_EQ(ToString(EventKind::Note), "note");
}
