// Column widths: the document's shares, no word cut, no column wider than its text.
#include "pdf/ColumnWidths.h"

#include <gtest/gtest.h>

#include <numeric>

namespace reclama::pdf {
namespace {

double Sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(ColumnWidths, WeightsShareTheWidthWhenEveryColumnFits) {
    auto w = ColumnWidths({{1, 10, 500}, {3, 10, 500}}, 400);
    EXPECT_NEAR(w[0], 100, 1e-6);
    EXPECT_NEAR(w[1], 300, 1e-6);
}

TEST(ColumnWidths, ANarrowShareGrowsToItsLongestWordTakingFromTheOthers) {
    // "Importe" needs 60 though its share is 40; the two wide columns give the 20 by weight.
    auto w = ColumnWidths({{1, 60, 60}, {2, 10, 1000}, {2, 10, 1000}}, 200);
    EXPECT_NEAR(w[0], 60, 1e-6);
    EXPECT_NEAR(w[1], 70, 1e-6);
    EXPECT_NEAR(w[2], 70, 1e-6);
    EXPECT_NEAR(Sum(w), 200, 1e-6);
}

TEST(ColumnWidths, AColumnNeverWiderThanItsTextGivesTheRestAway) {
    // The number column's share is 100 but "12" needs 15: the description gets the rest.
    auto w = ColumnWidths({{1, 15, 15}, {1, 30, 900}}, 200);
    EXPECT_NEAR(w[0], 15, 1e-6);
    EXPECT_NEAR(w[1], 185, 1e-6);
}

TEST(ColumnWidths, AHugeWordMayBeCutRatherThanSqueezeEveryOtherColumn) {
    // A SHA-256 in one piece would need 300 of 200.
    auto w = ColumnWidths({{1, 300, 300}, {1, 20, 100}}, 200, 0.35);
    EXPECT_NEAR(w[0], 100, 1e-6); // its share: above the 70 floor, below its text
    EXPECT_NEAR(Sum(w), 200, 1e-6);
}

TEST(ColumnWidths, WhenEvenTheWordsDoNotFitTheyShareInProportion) {
    auto w = ColumnWidths({{1, 60, 60}, {1, 60, 60}, {1, 30, 30}}, 100, 1.0);
    EXPECT_NEAR(w[0], 40, 1e-6);
    EXPECT_NEAR(w[2], 20, 1e-6);
}

TEST(ColumnWidths, EveryColumnAtItsTextLeavesTheRestByWeight) {
    auto w = ColumnWidths({{1, 10, 20}, {3, 10, 20}}, 200);
    EXPECT_NEAR(Sum(w), 200, 1e-6);
    EXPECT_NEAR(w[1] - 20, 3 * (w[0] - 20), 1e-6);
}

} // namespace
} // namespace reclama::pdf
