// Attachment names people really use (decomposed accents, emoji, Arabic) survive a round trip.
#include "Fixture.h"

#include <gtest/gtest.h>

namespace reclama::casefile::fixture {
namespace {

namespace fs = std::filesystem;

TEST(FileNames, UnicodeNamesReadAndWriteUnchanged) {
    const std::vector<std::string> names = {
        "cafe\xcc\x81-factura.pdf",                    // NFD: e + combining acute
        "\xf0\x9f\x93\x8e recibo \xf0\x9f\x98\x80.png", // 📎 recibo 😀
        "\xd9\x81\xd8\xa7\xd8\xaa\xd9\x88\xd8\xb1\xd8\xa9.pdf", // فاتورة
        "sin extensión",
    };
    Scratch s;
    auto doc = ValidCase();
    auto& documents = doc["case"]["documents"];
    for (std::size_t i = 0; i < names.size(); ++i) {
        documents.push_back({{"id", "u" + std::to_string(i)}, {"file", "files/" + names[i]}});
    }
    const fs::path file = WriteCaseFolder(s.Path() / "in", doc);
    for (std::size_t i = 0; i < names.size(); ++i) WriteFile(s.Path() / "in" / "files" / names[i], "bytes " + names[i]);

    const CaseFileContents first = ReadCaseFile(file);
    ASSERT_EQ(first.c.documents.size(), 2 + names.size());
    for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(first.c.documents[2 + i].originalName, names[i]);

    WriteCaseFile(first.c, ObjectsOf(first), s.Path() / "out");
    for (const auto& name : names) {
        EXPECT_EQ(ReadBytes(s.Path() / "out" / "files" / name), "bytes " + name) << name;
    }
    const CaseFileContents second = ReadCaseFile(s.Path() / "out");
    EXPECT_TRUE(first.c == second.c);

    WriteCaseZip(first.c, ObjectsOf(first), s.Path() / "out.reclama");
    const CaseFileContents third = ReadCaseFile(s.Path() / "out.reclama");
    EXPECT_TRUE(first.c == third.c);
    EXPECT_EQ(ReadBytes(third.documentFiles.at(4)), "bytes " + names[1]);
}

} // namespace
} // namespace reclama::casefile::fixture
