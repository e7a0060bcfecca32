#include "core/Money.h"
#include "core/Error.h"

#include <gtest/gtest.h>

#include <cstdint>

using namespace reclama::core;

TEST(Money, DecimalsComeFromIso4217) {
    EXPECT_EQ(CurrencyDigits("EUR"), 2);
    EXPECT_EQ(CurrencyDigits("CLP"), 0);
    EXPECT_EQ(CurrencyDigits("GBP"), 2);
    EXPECT_EQ(CurrencyDigits("JPY"), 0);
    EXPECT_EQ(CurrencyDigits("USD"), 2);
    EXPECT_EQ(CurrencyDigits("BHD"), 3); // ICU knows the odd ones too
    EXPECT_TRUE(IsKnownCurrency("CLP"));
    EXPECT_FALSE(IsKnownCurrency("EURO"));
    EXPECT_THROW(CurrencyDigits("XYZ"), reclama::InputError);
    EXPECT_THROW(CurrencyDigits("eur"), reclama::InputError);
}

TEST(Money, ParsesDecimalStrings) {
    EXPECT_EQ(ParseAmount("45.9", "EUR").minor, 4590);
    EXPECT_EQ(ParseAmount("39.90", "EUR").minor, 3990);
    EXPECT_EQ(ParseAmount("2219880", "CLP").minor, 2219880);
    EXPECT_EQ(ParseAmount("-1.20", "EUR").minor, -120);
    EXPECT_EQ(ParseAmount("0", "EUR").minor, 0);
    EXPECT_EQ(ParseAmount("1", "EUR").minor, 100);
    EXPECT_EQ(ParseAmount("007.5", "GBP").minor, 750);
    EXPECT_EQ(ParseAmount("1.234", "BHD").minor, 1234);
    EXPECT_EQ(ParseAmount("45.9", "EUR"), (Money{4590, "EUR"}));
}

TEST(Money, RefusesAmountsThatDoNotFitInsteadOfWrappingAround) {
    // The largest amount that fits: INT64_MAX minor units.
    EXPECT_EQ(ParseAmount("92233720368547758.07", "EUR").minor, INT64_MAX);
    EXPECT_EQ(ParseAmount("9223372036854775807", "CLP").minor, INT64_MAX);
    EXPECT_THROW(ParseAmount("92233720368547758.08", "EUR"), reclama::InputError);
    EXPECT_THROW(ParseAmount("9223372036854775808", "CLP"), reclama::InputError);
    EXPECT_EQ(ParseAmount("92233720368547758", "GBP").minor, 9223372036854775800);
    EXPECT_THROW(ParseAmount("92233720368547759", "GBP"), reclama::InputError); // x100 overflows
    EXPECT_THROW((Money{INT64_MAX, "EUR"} + Money{1, "EUR"}), reclama::Error);
    EXPECT_THROW((Money{INT64_MIN, "EUR"} - Money{1, "EUR"}), reclama::Error);
}

TEST(Money, RefusesWhatIsNotADecimalString) {
    for (const char* bad :
         {"1e5", "12,3", "12,3,4", "+5", "39.999", "", " 1", "1 ", "1.", ".5", "1.2.3", "abc", "-",
          "--1", "0x10", "1_000", "99999999999999999999999"}) {
        EXPECT_THROW(ParseAmount(bad, "EUR", "/case/invoices/0/billed"), reclama::InputError)
            << bad;
    }
    EXPECT_THROW(ParseAmount("5.5", "CLP"), reclama::InputError);
    try {
        ParseAmount("1e5", "EUR", "/case/invoices/0/billed");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_EQ(e.Where(), "/case/invoices/0/billed");
        EXPECT_EQ(std::string(e.what()).rfind("/case/invoices/0/billed: ", 0), 0u) << e.what();
        EXPECT_NE(std::string(e.what()).find("1e5"), std::string::npos) << e.what();
    }
    try {
        ParseAmount("39.999", "EUR", "--amount");
        FAIL();
    } catch (const reclama::InputError& e) {
        EXPECT_NE(std::string(e.what()).find("2 decimals"), std::string::npos) << e.what();
    }
    EXPECT_THROW(ParseAmount("10", "XXY"), reclama::InputError);
}

TEST(Money, CanonicalFormHasExactlyTheCurrencyDecimals) {
    EXPECT_EQ(ToCanonical({4590, "EUR"}), "45.90");
    EXPECT_EQ(ToCanonical({5, "EUR"}), "0.05");
    EXPECT_EQ(ToCanonical({-120, "EUR"}), "-1.20");
    EXPECT_EQ(ToCanonical({2219880, "CLP"}), "2219880");
    EXPECT_EQ(ToCanonical({0, "GBP"}), "0.00");
    EXPECT_EQ(ToCanonical({-5, "EUR"}), "-0.05");
    EXPECT_EQ(ToCanonical({1234, "BHD"}), "1.234");
    EXPECT_EQ(ToCanonical({INT64_MIN, "CLP"}), "-9223372036854775808");
    for (const char* text : {"45.90", "-1.20", "0.05", "1000000.00"}) {
        EXPECT_EQ(ToCanonical(ParseAmount(text, "EUR")), text);
    }
    EXPECT_EQ(ToCanonical(ParseAmount("45.9", "EUR")), "45.90");
}

TEST(Money, RefusesToMixCurrencies) {
    EXPECT_THROW((Money{1, "EUR"} + Money{1, "CLP"}), reclama::Error);
    EXPECT_EQ((Money{150, "EUR"} - Money{200, "EUR"}).minor, -50);
}
