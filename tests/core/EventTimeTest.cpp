#include "core/EventTime.h"
#include "core/Error.h"

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
    EXPECT_EQ(ZoneOffsetMinutes("America/Santiago", pt::time_from_string("2026-02-15 12:00:00")),
              -180);
    EXPECT_EQ(ZoneOffsetMinutes("America/Santiago", pt::time_from_string("2026-05-15 12:00:00")),
              -240);
    EXPECT_FALSE(IsKnownZone("Nowhere/Land"));
}

TEST(EventTime, MinutesBetweenUsesInstants) {
    auto a = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    auto b = ParseEventTime("2026-01-14T09:50:00+01:00", "Europe/Madrid");
    EXPECT_EQ(MinutesBetween(a, b), 45);
    auto c = ParseEventTime("2026-01-14T08:00:00Z", "Europe/Madrid");
    EXPECT_TRUE(EarlierThan(c, a)); // 08:00Z is 09:00 in Madrid
}

TEST(EventTime, SecondsAreOptionalAndNonZeroSecondsMeanExact) {
    auto minute = ParseEventTime("2026-01-14T09:05", "Europe/Madrid");
    EXPECT_EQ(minute, ParseEventTime("2026-01-14T09:05:00", "Europe/Madrid"));
    EXPECT_EQ(minute, ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid"));
    EXPECT_EQ(minute.precision, Precision::Minute);
    auto exact = ParseEventTime("2026-01-14T09:05:07", "Europe/Madrid");
    EXPECT_EQ(exact.precision, Precision::Exact);
    EXPECT_EQ(exact.ToIso(), "2026-01-14T09:05:07+01:00");
    EXPECT_EQ(ParseEventTime("2026-01-14T09:05Z", "Europe/Madrid").ToIso(),
              "2026-01-14T09:05:00+00:00");
}

TEST(EventTime, DstBoundariesInMadridAndSantiago) {
    // Madrid, spring: 02:00-02:59 on 2026-03-29 never happened.
    EXPECT_EQ(ParseEventTime("2026-03-29T01:59", "Europe/Madrid").offsetMinutes, 60);
    EXPECT_THROW(ParseEventTime("2026-03-29T02:00", "Europe/Madrid"), reclama::InputError);
    EXPECT_EQ(ParseEventTime("2026-03-29T03:00", "Europe/Madrid").offsetMinutes, 120);
    // Madrid, autumn: 02:00-02:59 on 2026-10-25 happened twice.
    EXPECT_EQ(ParseEventTime("2026-10-25T01:59", "Europe/Madrid").offsetMinutes, 120);
    EXPECT_THROW(ParseEventTime("2026-10-25T02:00", "Europe/Madrid"), reclama::InputError);
    EXPECT_EQ(ParseEventTime("2026-10-25T03:00", "Europe/Madrid").offsetMinutes, 60);
    // Santiago, autumn: at 24:00 on 2026-04-04 the clocks went back to 23:00.
    EXPECT_EQ(ParseEventTime("2026-04-04T22:59", "America/Santiago").offsetMinutes, -180);
    EXPECT_THROW(ParseEventTime("2026-04-04T23:00", "America/Santiago"), reclama::InputError);
    EXPECT_EQ(ParseEventTime("2026-04-05T00:00", "America/Santiago").offsetMinutes, -240);
    // Santiago, spring: on 2026-09-06 the clocks jumped from 24:00 to 01:00.
    EXPECT_EQ(ParseEventTime("2026-09-05T23:59", "America/Santiago").offsetMinutes, -240);
    EXPECT_THROW(ParseEventTime("2026-09-06T00:30", "America/Santiago"), reclama::InputError);
    EXPECT_EQ(ParseEventTime("2026-09-06T01:00", "America/Santiago").offsetMinutes, -180);
    // A bare date on that day is fine although its midnight does not exist.
    EXPECT_EQ(ParseEventTime("2026-09-06", "America/Santiago").offsetMinutes, -180);
    // With an offset the instant is unambiguous.
    EXPECT_NO_THROW(ParseEventTime("2026-09-06T00:30-04:00", "America/Santiago"));
}

TEST(EventTime, DstRefusalsNameTheFieldAndSayWhatToDo) {
    try {
        ParseEventTime("2026-10-25T02:30", "Europe/Madrid", {}, "/case/contacts/5/at");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "/case/contacts/5/at");
        const std::string what = e.what();
        EXPECT_NE(what.find("twice"), std::string::npos) << what;
        EXPECT_NE(what.find("Europe/Madrid"), std::string::npos) << what;
        EXPECT_NE(what.find("offset"), std::string::npos) << what;
    }
    try {
        ParseEventTime("2026-09-06T00:30", "America/Santiago", {}, "--at");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "--at");
        EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos) << e.what();
    }
}

TEST(EventTime, PrecisionOnlyThrowsDetailAway) {
    // A full timestamp read as a day keeps its date, even one whose time fell in a DST gap.
    auto day = ParseEventTime("2026-03-29T02:30", "Europe/Madrid", Precision::Day);
    EXPECT_EQ(day.ToIso(), "2026-03-29");
    EXPECT_EQ(day, ParseEventTime("2026-03-29", "Europe/Madrid"));
    // Given elsewhere, the offset stays, so the same day is meant.
    auto elsewhere = ParseEventTime("2026-01-14T23:30:00-05:00", "Europe/Madrid", Precision::Day);
    EXPECT_EQ(elsewhere.ToIso(), "2026-01-14");
    EXPECT_EQ(elsewhere.offsetMinutes, -300);
    auto month = ParseEventTime("2026-04-10", "America/Santiago", Precision::Month);
    EXPECT_EQ(month, ParseEventTime("2026-04", "America/Santiago"));
    auto approx = ParseEventTime("2026-01-14T09:05", "Europe/Madrid", Precision::Approximate);
    EXPECT_EQ(approx.precision, Precision::Approximate);
    EXPECT_EQ(approx.ToIso(), "2026-01-14T09:05:00+01:00");
    auto exact = ParseEventTime("2026-01-14T09:05", "Europe/Madrid", Precision::Exact);
    EXPECT_EQ(exact.precision, Precision::Exact);
    // A bare date or month cannot claim a time (or a day) it never had.
    EXPECT_THROW(ParseEventTime("2026-01-22", "Europe/Madrid", Precision::Minute),
                 reclama::InputError);
    EXPECT_THROW(ParseEventTime("2026-01-22", "Europe/Madrid", Precision::Approximate),
                 reclama::InputError);
    EXPECT_THROW(ParseEventTime("2026-01", "Europe/Madrid", Precision::Day), reclama::InputError);
    EXPECT_EQ(ParseEventTime("2026-01-22", "Europe/Madrid", Precision::Day).precision,
              Precision::Day);
}

TEST(EventTime, IsoTextRoundTrips) {
    for (const char* text : {"2026-01-14T09:05:00+01:00", "2026-01-14T09:05:07+01:00",
                             "2026-05-06T15:45:00-04:00", "2026-01-14T23:30:00-05:00",
                             "2026-03-04T07:00:00+05:45", "2026-01-22", "2026-01", "2026-09-06"}) {
        for (const char* zone : {"Europe/Madrid", "America/Santiago"}) {
            auto t = ParseEventTime(text, zone);
            EXPECT_EQ(t.ToIso(), text) << zone;
            EXPECT_EQ(ParseEventTime(t.ToIso(), zone, t.precision), t) << text << " " << zone;
        }
    }
    auto approx = ParseEventTime("2026-02-10T10:00", "Europe/Madrid", Precision::Approximate);
    EXPECT_EQ(ParseEventTime(approx.ToIso(), "Europe/Madrid", approx.precision), approx);
}

TEST(EventTime, DatesAreStrict) {
    EXPECT_EQ(ParseDate("2028-02-29"), Date(2028, 2, 29));
    EXPECT_EQ(ToIso(Date(2026, 1, 6)), "2026-01-06");
    for (const char* bad : {"2026-02-29", "2026-02-30", "2026-04-31", "2026-00-10", "2026-01-00",
                            "2026/01/10", "26-01-10", "2026-01-10T", " 2026-01-10"}) {
        EXPECT_THROW(ParseDate(bad, "due"), reclama::InputError) << bad;
    }
    try {
        ParseDate("2026-02-30", "/case/promises/0/due");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "/case/promises/0/due");
    }
}

TEST(EventTime, NowInTheCaseZone) {
    auto now = NowIn("America/Santiago", pt::time_from_string("2026-05-15 16:20:41"));
    EXPECT_EQ(now.ToIso(), "2026-05-15T12:20:00-04:00");
    EXPECT_EQ(now.precision, Precision::Minute);
    EXPECT_THROW(ZoneOffsetMinutes("Mars/Olympus", pt::time_from_string("2026-05-15 12:00:00")),
                 reclama::InputError);
    EXPECT_EQ(ZoneOffsetMinutes("Asia/Kathmandu", pt::time_from_string("2026-05-15 12:00:00")),
              345);
}

TEST(EventTime, PrecisionNames) {
    for (auto [p, name] : {std::pair{Precision::Exact, "exact"},
                           {Precision::Minute, "minute"},
                           {Precision::Day, "day"},
                           {Precision::Month, "month"},
                           {Precision::Approximate, "approximate"}}) {
        EXPECT_EQ(ToString(p), name);
        EXPECT_EQ(PrecisionFromString(name), p);
    }
    EXPECT_FALSE(PrecisionFromString("hour"));
}
