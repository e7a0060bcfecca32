// Reading what was written gives the same case and byte-identical attachments.
#include "Fixture.h"

#include "core/Error.h"

#include <gtest/gtest.h>

namespace reclama::casefile::fixture {
namespace {

namespace fs = std::filesystem;

const fs::path kSamples = fs::path(RECLAMA_TEST_DATA) / "samples";

void ExpectSameFiles(const CaseFileContents& a, const CaseFileContents& b) {
    ASSERT_EQ(a.documentFiles.size(), b.documentFiles.size());
    for (const auto& [id, file] : a.documentFiles) {
        ASSERT_TRUE(b.documentFiles.count(id)) << id;
        EXPECT_EQ(ReadBytes(file), ReadBytes(b.documentFiles.at(id))) << file;
    }
}

class SampleExport : public ::testing::TestWithParam<std::string> {};

TEST_P(SampleExport, FolderGivesTheSameCase) {
    const CaseFileContents first = ReadCaseFile(kSamples / GetParam());
    EXPECT_TRUE(first.warnings.empty()) << first.warnings.front();
    ASSERT_FALSE(first.c.contacts.empty());
    ASSERT_EQ(first.documentFiles.size(), first.c.documents.size());
    Scratch scratch;
    WriteCaseFile(first.c, ObjectsOf(first), scratch.Path() / "out");
    const CaseFileContents second = ReadCaseFile(scratch.Path() / "out");
    EXPECT_TRUE(second.warnings.empty());
    EXPECT_TRUE(first.c == second.c);
    ExpectSameFiles(first, second);
    // And the written file is stable: writing the re-read case gives the same text.
    WriteCaseFile(second.c, ObjectsOf(second), scratch.Path() / "again");
    EXPECT_EQ(ReadBytes(scratch.Path() / "out" / "case.json"), ReadBytes(scratch.Path() / "again" / "case.json"));
}

TEST_P(SampleExport, ZipGivesTheSameCase) {
    const CaseFileContents first = ReadCaseFile(kSamples / GetParam() / "case.json");
    Scratch scratch;
    const fs::path zip = scratch.Path() / "case.reclama";
    WriteCaseZip(first.c, ObjectsOf(first), zip);
    fs::path extractedDir;
    {
        CaseFileContents second = ReadCaseFile(zip);
        EXPECT_TRUE(first.c == second.c);
        ExpectSameFiles(first, second);
        extractedDir = second.extracted.Path();
        EXPECT_TRUE(fs::exists(extractedDir));
        CaseFileContents moved = std::move(second);
        EXPECT_TRUE(fs::exists(extractedDir)); // the moved-to contents own it now
    }
    EXPECT_FALSE(fs::exists(extractedDir));
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleExport, ::testing::Values("es-adsl-averia", "cl-telefonia-empresa"));

TEST(ReadCaseFile, ReadsTheSampleFields) {
    const CaseFileContents r = ReadCaseFile(kSamples / "es-adsl-averia");
    const core::Case& c = r.c;
    EXPECT_EQ(c.currency, "EUR");
    ASSERT_EQ(c.contacts.size(), 7u);
    EXPECT_EQ(c.contacts[6].replyTo, std::optional<core::RecordId>(6));
    EXPECT_EQ(c.contacts[2].documents, (std::vector<core::DocumentLink>{{2, std::nullopt}}));
    EXPECT_EQ(c.contacts[0].at.ToIso(), "2026-01-14T09:05:00+01:00");
    EXPECT_EQ(c.contacts[2].at.precision, core::Precision::Day);
    EXPECT_EQ(core::ToCanonical(c.invoices[0].correct), "16.73");
    EXPECT_EQ(c.documents[0].originalName, "factura-enero.pdf");
    EXPECT_EQ(c.documents[0].size, static_cast<std::int64_t>(fs::file_size(r.documentFiles.at(1))));
    EXPECT_TRUE(c.documents[0].sha256.empty());
    EXPECT_EQ(c.incidents[0].to, std::nullopt);
}

TEST(ReadCaseFile, FillsDefaultsAndRemapsLinks) {
    Scratch s;
    const CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path(), ValidCase()));
    const core::Case& c = r.c;
    EXPECT_EQ(c.language, "es");
    EXPECT_EQ(c.status, core::CaseStatus::Open);
    EXPECT_EQ(c.contacts[0].direction, core::Direction::Outgoing);
    EXPECT_EQ(c.contacts[0].at.offsetMinutes, 60); // no offset: the case's zone
    EXPECT_EQ(c.contacts[0].documents[1], (core::DocumentLink{2, 2}));
    EXPECT_EQ(c.contacts[1].at.precision, core::Precision::Approximate);
    EXPECT_EQ(c.promises[0].contact, std::optional<core::RecordId>(1));
    EXPECT_EQ(c.promises[0].status, core::PromiseStatus::Pending);
    EXPECT_EQ(core::ToCanonical(c.invoices[0].billed), "39.90");
    EXPECT_EQ(c.notes[0].at.precision, core::Precision::Month);
    EXPECT_EQ(c.documents[1].kind, core::DocumentKind::Other);
}

TEST(ReadCaseFile, DefaultAmountsFollowTheFormat) {
    Scratch s;
    auto doc = ValidCase();
    doc["case"]["invoices"][0].erase("correct");
    doc["case"]["invoices"][0].erase("paid");
    const CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path(), doc));
    EXPECT_EQ(r.c.invoices[0].correct, r.c.invoices[0].billed);
    EXPECT_EQ(r.c.invoices[0].paid, (core::Money{0, "EUR"}));
}

TEST(ReadCaseFile, UnknownFieldsWarnWithTheirPointer) {
    Scratch s;
    auto doc = ValidCase();
    doc["extra"] = 1;
    doc["case"]["contacts"][1]["mood"] = "angry";
    doc["case"]["claimant"]["a/b"] = "x";
    const CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path(), doc));
    ASSERT_EQ(r.warnings.size(), 3u);
    EXPECT_EQ(r.warnings[0], "/extra: unknown field, ignored");
    EXPECT_EQ(r.warnings[1], "/case/claimant/a~1b: unknown field, ignored");
    EXPECT_EQ(r.warnings[2], "/case/contacts/1/mood: unknown field, ignored");
}

TEST(WriteCaseFile, WritesCanonicalAmountsPositionalIdsAndNoEmptyFields) {
    Scratch s;
    CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    // Store ids are arbitrary; the file uses positions.
    r.c.contacts[0].id = 40;
    r.c.contacts[1].id = 41;
    r.c.contacts[1].replyTo = 40;
    r.c.promises[0].contact = 40;
    WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "out");
    const auto doc = nlohmann::json::parse(ReadBytes(s.Path() / "out" / "case.json"));
    const auto& c = doc["case"];
    EXPECT_EQ(c["contacts"][1]["id"], "c2");
    EXPECT_EQ(c["contacts"][1]["reply_to"], "c1");
    EXPECT_EQ(c["promises"][0]["contact"], "c1");
    EXPECT_EQ(c["invoices"][0]["billed"], "39.90");
    EXPECT_EQ(c["contacts"][0]["at"], "2026-01-14T09:05:00+01:00");
    EXPECT_EQ(c["contacts"][0]["precision"], "minute");
    EXPECT_EQ(c["contacts"][1]["precision"], "approximate");
    EXPECT_FALSE(c["contacts"][0].contains("quote"));
    EXPECT_FALSE(c["contacts"][0].contains("recorded_at"));
    EXPECT_EQ(c["notes"][0]["at"], "2026-03");
    EXPECT_EQ(c["documents"][1]["file"], "files/carta.txt");
    EXPECT_EQ(ReadBytes(s.Path() / "out" / "files" / "carta.txt"), "Estimados señores:\n");
}

TEST(WriteCaseFile, PrecisionTheTextCannotCarryIsWrittenForEveryTime) {
    Scratch s;
    CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    r.c.payments[0].at = core::ParseEventTime("2026-02-10T10:00", "Europe/Madrid", core::Precision::Approximate);
    r.c.incidents[0].from = core::ParseEventTime("2026-01-14T08:00:00", "Europe/Madrid", core::Precision::Exact);
    WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "out");
    const CaseFileContents back = ReadCaseFile(s.Path() / "out");
    EXPECT_TRUE(back.c == r.c);
}

TEST(WriteCaseFile, SameNamesGetSuffixesAndKeepTheirOriginalName) {
    Scratch s;
    CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    r.c.documents[1].originalName = "Factura.pdf"; // differs only in case: clashes on some file systems
    r.c.documents.push_back(r.c.documents[0]);
    r.c.documents.back().id = 3;
    r.documentFiles[3] = r.documentFiles[1];
    WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "out");
    EXPECT_TRUE(fs::exists(s.Path() / "out" / "files" / "factura.pdf"));
    EXPECT_TRUE(fs::exists(s.Path() / "out" / "files" / "Factura-2.pdf"));
    EXPECT_TRUE(fs::exists(s.Path() / "out" / "files" / "factura-3.pdf"));
    const CaseFileContents back = ReadCaseFile(s.Path() / "out");
    EXPECT_EQ(back.c.documents[1].originalName, "Factura.pdf");
    EXPECT_EQ(back.c.documents[2].originalName, "factura.pdf");
    EXPECT_TRUE(back.c == r.c);
}

TEST(WriteCaseFile, RefusesANonEmptyFolderButTakesAnEmptyOne) {
    Scratch s;
    const CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    fs::create_directories(s.Path() / "empty");
    WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "empty");
    EXPECT_TRUE(fs::exists(s.Path() / "empty" / "case.json"));
    try {
        WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "in");
        FAIL() << "wrote into a folder that has a case";
    } catch (const InputError& e) {
        EXPECT_EQ(e.Where(), (s.Path() / "in").string());
    }
}

TEST(WriteCaseFile, AFailureLeavesNothingBehind) {
    Scratch s;
    const CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    fs::create_directories(s.Path() / "exports");
    auto missing = [&](const core::Document&) { return s.Path() / "no-such-object"; };
    EXPECT_THROW(WriteCaseFile(r.c, missing, s.Path() / "exports" / "out"), Error);
    EXPECT_THROW(WriteCaseZip(r.c, missing, s.Path() / "exports" / "out.reclama"), Error);
    EXPECT_TRUE(fs::is_empty(s.Path() / "exports"));
}

TEST(WriteCaseFile, ALinkOutsideTheCaseIsAnError) {
    Scratch s;
    CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    r.c.contacts[1].replyTo = 99;
    EXPECT_THROW(WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "out"), Error);
    EXPECT_FALSE(fs::exists(s.Path() / "out"));
}

TEST(WriteCaseFile, ARequiredTextThatIsEmptyStopsTheExport) {
    Scratch s;
    CaseFileContents r = ReadCaseFile(WriteCaseFolder(s.Path() / "in", ValidCase()));
    r.c.contacts[1].summary.clear();
    try {
        WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "out");
        FAIL() << "exported a file its own reader refuses";
    } catch (const InputError& e) {
        EXPECT_EQ(e.Where(), "/case/contacts/1/summary");
    }
    EXPECT_FALSE(fs::exists(s.Path() / "out"));
}

TEST(RecordJson, DefaultIdsAreRecordHandles) {
    core::Promise p;
    p.id = 3;
    p.contact = 7;
    p.text = "x";
    const auto j = ToJson(p);
    EXPECT_EQ(j["id"], "p3");
    EXPECT_EQ(j["contact"], "c7");
    EXPECT_EQ(j["status"], "pending");
    EXPECT_FALSE(j.contains("due"));
    const auto custom = ToJson(p, [](core::RecordKind, core::RecordId id) { return "#" + std::to_string(id); });
    EXPECT_EQ(custom["contact"], "#7");
}

TEST(ReadCaseFile, AnEmptyAttachmentAndAHugeTextAreFine) {
    Scratch s;
    auto doc = ValidCase();
    const std::string huge(20 * 1024 * 1024, 'a');
    doc["case"]["summary"] = huge;
    const fs::path file = WriteCaseFolder(s.Path() / "in", doc);
    WriteFile(s.Path() / "in" / "files" / "carta.txt", "");
    const CaseFileContents r = ReadCaseFile(file);
    EXPECT_EQ(r.c.summary.size(), huge.size());
    EXPECT_EQ(r.c.documents[1].size, 0);
    WriteCaseFile(r.c, ObjectsOf(r), s.Path() / "out");
    const CaseFileContents back = ReadCaseFile(s.Path() / "out");
    EXPECT_TRUE(back.c == r.c);
    EXPECT_EQ(fs::file_size(back.documentFiles.at(2)), 0u);
}

} // namespace
} // namespace reclama::casefile::fixture
