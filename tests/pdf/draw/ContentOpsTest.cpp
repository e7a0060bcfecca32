// Numbers and strings as they are written into page content streams.
#include "pdf/ContentOps.h"

#include <gtest/gtest.h>

namespace reclama::pdf::ops {
namespace {

std::string N(double value) {
    std::string out;
    Number(out, value);
    return out;
}

TEST(ContentOps, NumbersHaveAtMostThreeDecimalsAndNoExponent) {
    EXPECT_EQ(N(0), "0");
    EXPECT_EQ(N(12.5), "12.5");
    EXPECT_EQ(N(-3), "-3");
    EXPECT_EQ(N(1.0 / 3), "0.333");
    EXPECT_EQ(N(0.0004), "0");
    EXPECT_EQ(N(-0.0004), "0"); // never "-0"
    EXPECT_EQ(N(841.8897637), "841.89");
    EXPECT_EQ(N(1e9), "1000000000");
    EXPECT_EQ(N(1e-9), "0");
}

TEST(ContentOps, OperatorsAndHexStrings) {
    std::string out;
    Op(out, "re", {10, 20.25, 100, 0.5});
    EXPECT_EQ(out, "10 20.25 100 0.5 re\n");
    out.clear();
    Hex(out, std::string("\x00\x41\xC3\xFF", 4));
    EXPECT_EQ(out, "<0041C3FF>");
}

} // namespace
} // namespace reclama::pdf::ops
