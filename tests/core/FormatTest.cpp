#include "core/Format.h"

#include <gtest/gtest.h>

using namespace reclama::core;

TEST(Format, MoneyTheWayEachCountryWritesIt) {
    EXPECT_EQ(FormatMoney({5980, "EUR"}, {"es", "ES"}), "59,80\u00a0€");
    EXPECT_EQ(FormatMoney({2219880, "CLP"}, {"es", "CL"}), "$2.219.880");
    EXPECT_EQ(FormatMoney({123450, "GBP"}, {"en", "GB"}), "£1,234.50");
    EXPECT_EQ(FormatMoney({123450, "USD"}, {"en", "US"}), "$1,234.50");
}

TEST(Format, DatesInOneFixedFormatPerLanguage) {
    Date d(2026, 1, 14);
    EXPECT_EQ(FormatDate(d, {"es", "ES"}), "14/01/2026");
    EXPECT_EQ(FormatDate(d, {"en", "GB"}), "14 Jan 2026");
}

TEST(Format, EventTimesHonourPrecision) {
    auto t = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(t, {"es", "ES"}), "14/01/2026 09:05 (UTC+01:00)");
    EXPECT_EQ(FormatEventTime(t, {"en", "GB"}), "14 Jan 2026 09:05 (UTC+01:00)");
    t.precision = Precision::Approximate;
    EXPECT_EQ(FormatEventTime(t, {"es", "ES"}), "aprox. 14/01/2026 09:05 (UTC+01:00)");
    auto day = ParseEventTime("2026-01-22", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(day, {"es", "ES"}), "22/01/2026");
    auto month = ParseEventTime("2026-01", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(month, {"en", "GB"}), "Jan 2026");
    auto santiago = ParseEventTime("2026-05-06T15:45:00-04:00", "America/Santiago");
    EXPECT_EQ(FormatEventTime(santiago, {"es", "CL"}), "06/05/2026 15:45 (UTC-04:00)");
}
