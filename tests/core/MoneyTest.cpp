#include "core/Error.h"
#include "core/Money.h"

#include <gtest/gtest.h>

using namespace reclama::core;

TEST(Money, DecimalsComeFromIso4217) {
    EXPECT_EQ(CurrencyDigits("EUR"), 2);
    EXPECT_EQ(CurrencyDigits("CLP"), 0);
    EXPECT_EQ(CurrencyDigits("GBP"), 2);
    EXPECT_EQ(CurrencyDigits("JPY"), 0);
    EXPECT_THROW(CurrencyDigits("XYZ"), reclama::InputError);
    EXPECT_THROW(CurrencyDigits("eur"), reclama::InputError);
}

TEST(Money, ParsesDecimalStrings) {
    EXPECT_EQ(ParseAmount("45.9", "EUR").minor, 4590);
    EXPECT_EQ(ParseAmount("39.90", "EUR").minor, 3990);
    EXPECT_EQ(ParseAmount("2219880", "CLP").minor, 2219880);
    EXPECT_EQ(ParseAmount("-1.20", "EUR").minor, -120);
    EXPECT_EQ(ParseAmount("0", "EUR").minor, 0);
}

TEST(Money, RefusesWhatIsNotADecimalString) {
    for (const char* bad : {"1e5", "12,3", "12,3,4", "+5", "39.999", "", " 1", "1.", ".5", "1.2.3",
                            "abc", "99999999999999999999999"}) {
        EXPECT_THROW(ParseAmount(bad, "EUR", "/case/invoices/0/billed"), reclama::InputError) << bad;
    }
    EXPECT_THROW(ParseAmount("5.5", "CLP"), reclama::InputError);
    try {
        ParseAmount("1e5", "EUR", "/case/invoices/0/billed");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "/case/invoices/0/billed");
    }
}

TEST(Money, CanonicalFormHasExactlyTheCurrencyDecimals) {
    EXPECT_EQ(ToCanonical({4590, "EUR"}), "45.90");
    EXPECT_EQ(ToCanonical({5, "EUR"}), "0.05");
    EXPECT_EQ(ToCanonical({-120, "EUR"}), "-1.20");
    EXPECT_EQ(ToCanonical({2219880, "CLP"}), "2219880");
    EXPECT_EQ(ToCanonical({0, "GBP"}), "0.00");
}

TEST(Money, RefusesToMixCurrencies) {
    EXPECT_THROW((Money{1, "EUR"} + Money{1, "CLP"}), reclama::Error);
    EXPECT_EQ((Money{150, "EUR"} - Money{200, "EUR"}).minor, -50);
}
