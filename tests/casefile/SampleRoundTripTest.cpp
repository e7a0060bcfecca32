// Read(Write(Read(sample))) == Read(sample), attachments byte-identical, folder and ZIP forms.

#include "CaseFileTestSupport.h"

#include <gtest/gtest.h>

namespace reclama::casefile::test {
namespace {

enum class Form { Folder, Zip };

struct RoundTripCase {
    std::string sample;
    Form form;
};

class SampleRoundTrip : public ::testing::TestWithParam<RoundTripCase> {};

TEST_P(SampleRoundTrip, ReadWriteReadGivesTheSameCaseAndBytes) {
    const auto& [sample, form] = GetParam();
    const CaseFileContents first = ReadCaseFile(SampleDir(sample));
    EXPECT_TRUE(first.warnings.empty()) << first.warnings.front();
    ASSERT_FALSE(first.c.documents.empty());

    TempDir out = Scratch();
    const fs::path target = out.Path() / (form == Form::Folder ? "export" : "case.reclama");
    auto objectPathOf = [&](const core::Document& d) { return first.documentFiles.at(d.id); };
    if (form == Form::Folder) WriteCaseFile(first.c, objectPathOf, target);
    else WriteCaseZip(first.c, objectPathOf, target);

    const CaseFileContents second = ReadCaseFile(target);
    EXPECT_TRUE(second.warnings.empty()) << second.warnings.front();
    EXPECT_EQ(DescribeTimes(second.c), DescribeTimes(first.c));
    EXPECT_EQ(second.c, first.c);
    EXPECT_EQ(AttachmentBytes(second), AttachmentBytes(first));
    // The first read points at the sample's own files, not at copies.
    for (const auto& document : first.c.documents) {
        EXPECT_EQ(first.documentFiles.at(document.id).parent_path().filename(), "files");
    }
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleRoundTrip,
                         ::testing::Values(RoundTripCase{"es-adsl-averia", Form::Folder},
                                           RoundTripCase{"es-adsl-averia", Form::Zip},
                                           RoundTripCase{"cl-telefonia-empresa", Form::Folder},
                                           RoundTripCase{"cl-telefonia-empresa", Form::Zip}),
                         [](const auto& info) {
                             std::string name = info.param.sample +
                                                (info.param.form == Form::Zip ? "_zip" : "_folder");
                             for (char& ch : name) {
                                 if (ch == '-') ch = '_';
                             }
                             return name;
                         });

// Times whose text alone would not say everything: the precision and offset must survive.
TEST(SampleRoundTripTimes, KeepsPrecisionAndOffsetOfUnusualTimes) {
    TempDir dir = Scratch();
    nlohmann::json json = MinimalCase();
    auto& contacts = json["case"]["contacts"];
    contacts[0]["at"] = "2026-01-14T09:05:00+01:00";
    contacts[0]["precision"] = "approximate";
    contacts[1]["at"] = "2026-01-14T23:30:00-05:00"; // elsewhere, kept as given
    contacts[1]["precision"] = "day";
    contacts.push_back({{"id", "c3"}, {"at", "2026-06-03T10:00:07+09:00"}, {"precision", "month"},
                        {"channel", "other"}, {"summary", "x"},
                        {"recorded_at", "2026-06-03T10:00:00+02:00"},
                        {"recorded_at_precision", "exact"}});
    json["case"]["payments"][0]["at"] = "2026-02-10T12:00:00Z";
    json["case"]["payments"][0]["precision"] = "approximate";
    json["case"]["incidents"][0]["to"] = "2026-03";
    const CaseFileContents first = ReadCaseFile(WriteCaseFolder(dir.Path() / "in", json));
    ASSERT_TRUE(first.warnings.empty()) << first.warnings.front();
    EXPECT_EQ(first.c.contacts[1].at.offsetMinutes, -300);
    EXPECT_EQ(first.c.contacts[1].at.precision, core::Precision::Day);

    auto objectPathOf = [&](const core::Document& d) { return first.documentFiles.at(d.id); };
    WriteCaseFile(first.c, objectPathOf, dir.Path() / "out");
    const CaseFileContents second = ReadCaseFile(dir.Path() / "out");
    EXPECT_TRUE(second.warnings.empty()) << second.warnings.front();
    EXPECT_EQ(DescribeTimes(second.c), DescribeTimes(first.c));
    EXPECT_EQ(second.c, first.c);
}

} // namespace
} // namespace reclama::casefile::test
