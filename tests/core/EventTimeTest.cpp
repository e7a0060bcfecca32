#include "core/Error.h"
#include "core/EventTime.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <gtest/gtest.h>

using namespace reclama::core;
namespace pt = boost::posix_time;

TEST(EventTime, ParsesOffsetsAndZ) {
    auto t = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    EXPECT_EQ(t.offsetMinutes, 60);
    EXPECT_EQ(t.precision, Precision::Minute);
    EXPECT_EQ(t.ToIso(), "2026-01-14T09:05:00+01:00");
    EXPECT_EQ(pt::to_iso_extended_string(t.Utc()), "2026-01-14T08:05:00");
    auto z = ParseEventTime("2026-01-14T09:05Z", "Europe/Madrid");
    EXPECT_EQ(z.offsetMinutes, 0);
    auto s = ParseEventTime("2026-01-14T09:05:07-03:00", "Europe/Madrid");
    EXPECT_EQ(s.precision, Precision::Exact);
    EXPECT_EQ(s.offsetMinutes, -180); // kept as given: it may have happened elsewhere
}

TEST(EventTime, WithoutOffsetUsesTheCaseZone) {
    EXPECT_EQ(ParseEventTime("2026-02-10T11:00", "America/Santiago").offsetMinutes, -180);
    EXPECT_EQ(ParseEventTime("2026-05-10T11:00", "America/Santiago").offsetMinutes, -240);
    EXPECT_EQ(ParseEventTime("2026-07-01T11:00", "Europe/Madrid").offsetMinutes, 120);
}

TEST(EventTime, RefusesLocalTimesThatDoNotExistOrHappenTwice) {
    // Europe/Madrid: 2026-03-29 02:00 -> 03:00, 2026-10-25 03:00 -> 02:00.
    EXPECT_THROW(ParseEventTime("2026-03-29T02:30", "Europe/Madrid", {}, "/case/contacts/0/at"),
                 reclama::InputError);
    EXPECT_THROW(ParseEventTime("2026-10-25T02:30", "Europe/Madrid"), reclama::InputError);
    EXPECT_NO_THROW(ParseEventTime("2026-10-25T02:30+01:00", "Europe/Madrid"));
    // America/Santiago: clocks go back at 24:00 on 2026-04-04 (23:00-23:59 twice).
    EXPECT_THROW(ParseEventTime("2026-04-04T23:30", "America/Santiago"), reclama::InputError);
    try {
        ParseEventTime("2026-03-29T02:30", "Europe/Madrid", {}, "/case/contacts/3/at");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "/case/contacts/3/at");
    }
}

TEST(EventTime, DatesAndMonthsCarryTheirPrecision) {
    auto d = ParseEventTime("2026-01-22", "Europe/Madrid");
    EXPECT_EQ(d.precision, Precision::Day);
    EXPECT_EQ(d.ToIso(), "2026-01-22");
    auto m = ParseEventTime("2026-01", "Europe/Madrid");
    EXPECT_EQ(m.precision, Precision::Month);
    EXPECT_EQ(m.ToIso(), "2026-01");
    auto kept = ParseEventTime("2026-01-22T10:30:00+01:00", "Europe/Madrid", Precision::Day);
    EXPECT_EQ(kept.ToIso(), "2026-01-22");
}

TEST(EventTime, RefusesImpossibleDatesAndBadText) {
    for (const char* bad : {"2026-02-30", "2026-13-01", "2026-1-1", "2026-01-14T25:00",
                            "2026-01-14 09:05", "2026-01-14T09:05+1", "yesterday", ""}) {
        EXPECT_THROW(ParseEventTime(bad, "Europe/Madrid"), reclama::InputError) << bad;
    }
    EXPECT_THROW(ParseDate("2026-02-30"), reclama::InputError);
    EXPECT_THROW(ParseEventTime("2026-01-14", "Mars/Olympus"), reclama::InputError);
}

TEST(EventTime, ZoneOffsetsComeFromIcu) {
    EXPECT_EQ(ZoneOffsetMinutes("America/Santiago", pt::time_from_string("2026-02-15 12:00:00")), -180);
    EXPECT_EQ(ZoneOffsetMinutes("America/Santiago", pt::time_from_string("2026-05-15 12:00:00")), -240);
    EXPECT_FALSE(IsKnownZone("Nowhere/Land"));
}

TEST(EventTime, MinutesBetweenUsesInstants) {
    auto a = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    auto b = ParseEventTime("2026-01-14T09:50:00+01:00", "Europe/Madrid");
    EXPECT_EQ(MinutesBetween(a, b), 45);
    auto c = ParseEventTime("2026-01-14T08:00:00Z", "Europe/Madrid");
    EXPECT_TRUE(EarlierThan(c, a)); // 08:00Z is 09:00 in Madrid
}
