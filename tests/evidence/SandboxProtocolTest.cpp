// The helper's report and command line survive the trip, and malformed reports are refused.
#include "evidence/SandboxProtocol.h"

#include <gtest/gtest.h>

namespace reclama::evidence::sandbox {
namespace {

TEST(SandboxProtocol, ReportRoundTrip) {
    HelperReport report;
    report.status = HelperStatus::NeedsPassword;
    report.pages = 12;
    report.encrypted = true;
    report.removedActiveContent = true;
    report.repaired = true;
    report.detail = std::string("bad byte \xFF in \"name\"\n");
    const HelperReport back = DecodeHelperReport(EncodeHelperReport(report));
    EXPECT_EQ(back.status, HelperStatus::NeedsPassword);
    EXPECT_EQ(back.pages, 12);
    EXPECT_TRUE(back.encrypted);
    EXPECT_TRUE(back.removedActiveContent);
    EXPECT_FALSE(back.removedMetadata);
    EXPECT_TRUE(back.repaired);
    EXPECT_EQ(back.detail, "bad byte \xEF\xBF\xBD in \"name\"\n");
}

TEST(SandboxProtocol, MalformedReportsAreRefused) {
    EXPECT_THROW(DecodeHelperReport(""), std::invalid_argument);
    EXPECT_THROW(DecodeHelperReport("{\"status\":\"ok\""), std::invalid_argument);
    EXPECT_THROW(DecodeHelperReport("[1,2]"), std::invalid_argument);
    EXPECT_THROW(DecodeHelperReport("{\"status\":\"fine\",\"pages\":1}"), std::invalid_argument);
    EXPECT_THROW(DecodeHelperReport("{\"status\":\"ok\",\"pages\":-1}"), std::invalid_argument);
    EXPECT_THROW(DecodeHelperReport("{\"status\":\"ok\",\"pages\":\"3\"}"), std::invalid_argument);
    EXPECT_THROW(DecodeHelperReport("{\"pages\":3}"), std::invalid_argument);
    EXPECT_EQ(DecodeHelperReport("{\"status\":\"ok\",\"pages\":3}").pages, 3);
}

TEST(SandboxProtocol, ArgumentsRoundTrip) {
    HelperLimits limits;
    limits.cpuSeconds = 5;
    limits.memoryBytes = 123456789;
    limits.maxStreamBytes = 42;
    const auto arguments = HelperArguments(limits, "-starts-with-dash.pdf", "out put.pdf");
    const HelperInvocation back = ParseHelperArguments(arguments);
    EXPECT_EQ(back.limits.cpuSeconds, 5u);
    EXPECT_EQ(back.limits.memoryBytes, 123456789u);
    EXPECT_EQ(back.limits.maxStreamBytes, 42u);
    EXPECT_EQ(back.limits.openFiles, limits.openFiles);
    EXPECT_EQ(back.input, "-starts-with-dash.pdf");
    EXPECT_EQ(back.output, "out put.pdf");
    EXPECT_THROW(ParseHelperArguments({"--cpu-seconds", "x", "--", "a", "b"}),
                 std::invalid_argument);
    EXPECT_THROW(ParseHelperArguments({"--bogus", "1", "--", "a", "b"}), std::invalid_argument);
    EXPECT_THROW(ParseHelperArguments({"--", "a"}), std::invalid_argument);
}

} // namespace
} // namespace reclama::evidence::sandbox
