// What a read gives: fields, defaults, renumbered ids and remapped links, times in the case zone.

#include "CaseFileTestSupport.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace reclama::casefile::test {
namespace {

TEST(Read, SampleFieldsLinksAndIds) {
    const CaseFileContents read = ReadCaseFile(SampleDir("cl-telefonia-empresa") / "case.json");
    const core::Case& c = read.c;
    EXPECT_EQ(c.currency, "CLP");
    EXPECT_EQ(c.timezone, "America/Santiago");
    EXPECT_EQ(c.status, core::CaseStatus::Escalated);
    EXPECT_EQ(c.claimant.representative, "Víctor Díaz Cerda");
    for (std::size_t i = 0; i < c.contacts.size(); ++i) EXPECT_EQ(c.contacts[i].id, static_cast<core::RecordId>(i + 1));
    for (std::size_t i = 0; i < c.documents.size(); ++i) EXPECT_EQ(c.documents[i].id, static_cast<core::RecordId>(i + 1));
    // c8 answers c7.
    ASSERT_GE(c.contacts.size(), 8u);
    EXPECT_EQ(c.contacts[7].replyTo, std::optional<core::RecordId>(7));
    EXPECT_EQ(c.contacts[6].at.precision, core::Precision::Day);
    EXPECT_EQ(c.contacts[4].at.offsetMinutes, -240);
    EXPECT_EQ(read.documentFiles.size(), c.documents.size());
    EXPECT_EQ(c.documents[0].size, static_cast<std::int64_t>(fs::file_size(read.documentFiles.at(1))));
}

TEST(Read, DefaultsAndRemappedLinksInFileOrder) {
    TempDir dir = Scratch();
    nlohmann::json json = MinimalCase();
    // Links that point forward and ids that are not in c1.. order.
    json["case"]["contacts"][0]["id"] = "call-a";
    json["case"]["contacts"][1]["reply_to"] = "call-a";
    json["case"]["promises"][0]["contact"] = "c2";
    json["case"]["documents"].push_back({{"id", "zz"}, {"file", "files/b.txt"}});
    json["case"]["invoices"][0]["documents"] = {"zz", "d1"};
    json["case"]["invoices"].push_back({{"id", "i2"}, {"number", "F-2"}, {"issued", "2026-03-01"},
                                        {"billed", "45.9"}});
    const CaseFileContents read = ReadCaseFile(WriteCaseFolder(dir.Path(), json));
    const core::Case& c = read.c;
    EXPECT_TRUE(read.warnings.empty());
    EXPECT_EQ(c.language, "es");
    EXPECT_EQ(c.status, core::CaseStatus::Open);
    EXPECT_EQ(c.contacts[0].direction, core::Direction::Outgoing);
    EXPECT_EQ(c.contacts[1].replyTo, std::optional<core::RecordId>(1));
    EXPECT_EQ(c.promises[0].contact, std::optional<core::RecordId>(2));
    EXPECT_EQ(c.promises[0].status, core::PromiseStatus::Pending);
    EXPECT_EQ(c.contacts[0].documents,
              (std::vector<core::DocumentLink>{{1, std::nullopt}, {1, 2}}));
    EXPECT_EQ(c.invoices[0].documents,
              (std::vector<core::DocumentLink>{{2, std::nullopt}, {1, std::nullopt}}));
    EXPECT_EQ(c.invoices[1].billed, (core::Money{4590, "EUR"}));
    EXPECT_EQ(c.invoices[1].correct, c.invoices[1].billed); // no dispute by default
    EXPECT_EQ(c.invoices[1].paid, (core::Money{0, "EUR"}));
    EXPECT_EQ(c.payments[0].amount, (core::Money{1000, "EUR"}));
    EXPECT_EQ(c.documents[1].originalName, "b.txt");
    EXPECT_EQ(c.documents[1].kind, core::DocumentKind::Other);
    EXPECT_FALSE(c.incidents[0].to.has_value());
}

TEST(Read, TimeWithoutOffsetIsInTheCaseZone) {
    nlohmann::json json = MinimalCase();
    json["case"]["contacts"][0]["at"] = "2026-01-14T09:05";
    json["case"]["contacts"][1]["at"] = "2026-07-01T09:05:30";
    TempDir dir = Scratch();
    const CaseFileContents read = ReadCaseFile(WriteCaseFolder(dir.Path(), json));
    EXPECT_EQ(read.c.contacts[0].at.offsetMinutes, 60);
    EXPECT_EQ(read.c.contacts[0].at.precision, core::Precision::Minute);
    EXPECT_EQ(read.c.contacts[1].at.offsetMinutes, 120);
    EXPECT_EQ(read.c.contacts[1].at.precision, core::Precision::Exact);
}

TEST(Read, UnknownFieldsAreWarnedWithTheirPointer) {
    nlohmann::json json = MinimalCase();
    json["generator"] = "other tool";
    json["case"]["contacts"][0]["mood"] = "angry";
    json["case"]["contacts"][0]["documents"][1]["note"] = "p. 2";
    json["case"]["claimant"]["a/b"] = 1;
    TempDir dir = Scratch();
    const CaseFileContents read = ReadCaseFile(WriteCaseFolder(dir.Path(), json));
    std::vector<std::string> expected{
        "/case/contacts/0/documents/1/note: unknown field, ignored",
        "/case/contacts/0/mood: unknown field, ignored",
        "/case/claimant/a~1b: unknown field, ignored",
        "/generator: unknown field, ignored",
    };
    std::vector<std::string> got = read.warnings;
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
}

TEST(Read, NullOptionalFieldsCountAsAbsent) {
    nlohmann::json json = MinimalCase();
    json["case"]["contacts"][0]["agent"] = nullptr;
    json["case"]["incidents"][0]["to"] = nullptr;
    TempDir dir = Scratch();
    const CaseFileContents read = ReadCaseFile(WriteCaseFolder(dir.Path(), json));
    EXPECT_EQ(read.c.contacts[0].agent, "");
    EXPECT_FALSE(read.c.incidents[0].to);
}

TEST(Read, InputThatIsNotACaseFileNamesThePath) {
    TempDir dir = Scratch();
    const fs::path missing = dir.Path() / "nothing.reclama";
    EXPECT_EQ(RefusalWhere([&] { ReadCaseFile(missing); }), missing.string());
    // A folder without case.json.
    fs::create_directories(dir.Path() / "empty");
    const std::string where = RefusalWhere([&] { ReadCaseFile(dir.Path() / "empty"); });
    EXPECT_NE(where.find("empty"), std::string::npos) << where;
    // A PDF given by mistake: not JSON, named by its path.
    WriteBytes(dir.Path() / "factura.pdf", "%PDF-1.4\n%%EOF\n");
    EXPECT_EQ(RefusalWhere([&] { ReadCaseFile(dir.Path() / "factura.pdf"); }),
              (dir.Path() / "factura.pdf").string());
}

TEST(Read, FolderCaseJsonAndItsPathGiveTheSameCase) {
    const fs::path folder = SampleDir("es-adsl-averia");
    EXPECT_EQ(ReadCaseFile(folder).c, ReadCaseFile(folder / "case.json").c);
}

} // namespace
} // namespace reclama::casefile::test
