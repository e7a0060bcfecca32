// Right-to-left text: visual order, Arabic presentation forms, logical text kept for copying.
#include "pdf/TextBidi.h"

#include <gtest/gtest.h>

namespace reclama::pdf {
namespace {

TEST(TextBidi, LeftToRightTextIsOneRunUnchanged) {
    auto runs = VisualRuns("Señora Müller, 120 €");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_FALSE(runs[0].rightToLeft);
    EXPECT_EQ(runs[0].visual, "Señora Müller, 120 €");
}

TEST(TextBidi, HebrewNameInsideSpanishIsReversedInPlace) {
    const std::string hebrew = "\u05D3\u05D5\u05D3"; // דוד
    auto runs = VisualRuns("Cliente: " + hebrew + " Cohen");
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].visual, "Cliente: ");
    EXPECT_TRUE(runs[1].rightToLeft);
    EXPECT_EQ(runs[1].logical, hebrew);
    EXPECT_EQ(runs[1].visual, "\u05D3\u05D5\u05D3"); // a palindrome reads the same...
    auto two = VisualRuns("\u05E9\u05DC\u05D5\u05DD"); // שלום
    ASSERT_EQ(two.size(), 1u);
    EXPECT_EQ(two[0].visual, "\u05DD\u05D5\u05DC\u05E9"); // ...this one does not
    EXPECT_EQ(two[0].logical, "\u05E9\u05DC\u05D5\u05DD");
}

TEST(TextBidi, ArabicIsShapedIntoPresentationForms) {
    const std::string name = "\u0645\u062D\u0645\u062F"; // محمد
    std::string shaped = ShapeArabic(name);
    EXPECT_NE(shaped, name);
    // Initial meem (U+FEE3) first in logical order, final dal (U+FEAA) last.
    EXPECT_EQ(shaped.substr(0, 3), "\uFEE3");
    EXPECT_EQ(shaped.substr(shaped.size() - 3), "\uFEAA");
    auto runs = VisualRuns(name);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_TRUE(runs[0].rightToLeft);
    EXPECT_EQ(runs[0].visual.substr(0, 3), "\uFEAA"); // drawn from the left: final dal first
    EXPECT_EQ(runs[0].logical, name);
}

TEST(TextBidi, TwoArabicWordsKeepTheirRightToLeftOrder) {
    const std::string first = "\u0639\u0644\u064A", second = "\u062D\u0633\u0646"; // علي حسن
    auto runs = VisualRuns("Sr. " + first + " " + second + ".");
    ASSERT_GE(runs.size(), 2u);
    EXPECT_EQ(runs[1].logical, first + " " + second);
    // The second word is drawn left of the first.
    EXPECT_LT(runs[1].visual.find(ShapeArabic(second).substr(ShapeArabic(second).size() - 3)),
              runs[1].visual.find(ShapeArabic(first).substr(0, 3)));
    EXPECT_FALSE(HasRightToLeft("Ελληνικά Кириллица İstanbul"));
    EXPECT_TRUE(HasRightToLeft("x " + first));
}

} // namespace
} // namespace reclama::pdf
