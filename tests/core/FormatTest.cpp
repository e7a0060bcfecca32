#include "core/Format.h"

#include <gtest/gtest.h>

using namespace reclama::core;

TEST(Format, MoneyTheWayEachCountryWritesIt) {
    // Exact bytes: ICU puts a no-break space (U+00A0, C2 A0) before the euro sign (E2 82 AC).
    EXPECT_EQ(FormatMoney({5980, "EUR"}, {"es", "ES"}), "59,80\xc2\xa0\xe2\x82\xac");
    EXPECT_EQ(FormatMoney({2219880, "CLP"}, {"es", "CL"}), "$2.219.880");
    EXPECT_EQ(FormatMoney({123450, "GBP"}, {"en", "GB"}), "\xc2\xa3"
                                                          "1,234.50");
    EXPECT_EQ(FormatMoney({123450, "USD"}, {"en", "US"}), "$1,234.50");
    EXPECT_EQ(FormatMoney({100000000, "EUR"}, {"es", "ES"}), "1.000.000,00\xc2\xa0\xe2\x82\xac");
    EXPECT_EQ(FormatMoney({-120, "EUR"}, {"es", "ES"}), "-1,20\xc2\xa0\xe2\x82\xac");
    EXPECT_EQ(FormatMoney({0, "CLP"}, {"es", "CL"}), "$0");
}

TEST(Format, MoneyKeepsTheCurrencysOwnDecimals) {
    // Amounts beyond what a double holds exactly still come out digit for digit.
    EXPECT_EQ(FormatMoney({9007199254740993, "CLP"}, {"es", "CL"}), "$9.007.199.254.740.993");
    // A currency formatted in another country's locale keeps its own decimals.
    const std::string clp = FormatMoney({1200, "CLP"}, {"en", "US"});
    EXPECT_NE(clp.find("1,200"), std::string::npos) << clp;
    EXPECT_EQ(clp.find("1,200."), std::string::npos) << clp;
    // The same formatter asked twice in a row (cached) gives the same text; another locale differs.
    EXPECT_EQ(FormatMoney({5980, "EUR"}, {"es", "ES"}), FormatMoney({5980, "EUR"}, {"es", "ES"}));
    EXPECT_EQ(FormatMoney({5980, "EUR"}, {"en", "GB"}), "\xe2\x82\xac"
                                                        "59.80");
}

TEST(Format, NumbersWithGrouping) {
    EXPECT_EQ(FormatNumber(2219880, {"es", "CL"}), "2.219.880");
    EXPECT_EQ(FormatNumber(2219880, {"en", "GB"}), "2,219,880");
    EXPECT_EQ(FormatNumber(-42, {"es", "ES"}), "-42");
}

TEST(Format, DatesInOneFixedFormatPerLanguage) {
    Date d(2026, 1, 14);
    EXPECT_EQ(FormatDate(d, {"es", "ES"}), "14/01/2026");
    EXPECT_EQ(FormatDate(d, {"es", "CL"}), "14/01/2026");
    EXPECT_EQ(FormatDate(d, {"en", "GB"}), "14 Jan 2026");
    EXPECT_EQ(FormatDate(d, {"en", "US"}), "14 Jan 2026"); // one format per language
    EXPECT_EQ(FormatDate(Date(2026, 9, 5), {"es", "ES"}), "05/09/2026");
    EXPECT_EQ(FormatDate(Date(2026, 9, 5), {"en", "GB"}), "5 Sep 2026");
    EXPECT_EQ(FormatDate(Date(2026, 12, 31), {"en", "GB"}), "31 Dec 2026");
}

TEST(Format, EventTimesHonourPrecision) {
    auto t = ParseEventTime("2026-01-14T09:05:00+01:00", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(t, {"es", "ES"}), "14/01/2026 09:05 (UTC+01:00)");
    EXPECT_EQ(FormatEventTime(t, {"en", "GB"}), "14 Jan 2026 09:05 (UTC+01:00)");
    t.precision = Precision::Approximate;
    EXPECT_EQ(FormatEventTime(t, {"es", "ES"}), "aprox. 14/01/2026 09:05 (UTC+01:00)");
    EXPECT_EQ(FormatEventTime(t, {"en", "GB"}), "approx. 14 Jan 2026 09:05 (UTC+01:00)");
    auto exact = ParseEventTime("2026-01-14T09:05:07+01:00", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(exact, {"es", "ES"}), "14/01/2026 09:05 (UTC+01:00)");
    auto day = ParseEventTime("2026-01-22", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(day, {"es", "ES"}), "22/01/2026");
    EXPECT_EQ(FormatEventTime(day, {"en", "GB"}), "22 Jan 2026");
    auto dayFromTimestamp =
        ParseEventTime("2026-01-22T18:40:00+01:00", "Europe/Madrid", Precision::Day);
    EXPECT_EQ(FormatEventTime(dayFromTimestamp, {"es", "ES"}), "22/01/2026");
    auto month = ParseEventTime("2026-01", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(month, {"es", "ES"}), "01/2026");
    EXPECT_EQ(FormatEventTime(month, {"en", "GB"}), "Jan 2026");
    auto santiago = ParseEventTime("2026-05-06T15:45:00-04:00", "America/Santiago");
    EXPECT_EQ(FormatEventTime(santiago, {"es", "CL"}), "06/05/2026 15:45 (UTC-04:00)");
    auto utc = ParseEventTime("2026-05-06T15:45Z", "America/Santiago");
    EXPECT_EQ(FormatEventTime(utc, {"en", "US"}), "6 May 2026 15:45 (UTC+00:00)");
    auto kathmandu = ParseEventTime("2026-05-06T15:45:00+05:45", "Europe/Madrid");
    EXPECT_EQ(FormatEventTime(kathmandu, {"en", "GB"}), "6 May 2026 15:45 (UTC+05:45)");
}
