// case.json that is not what it claims: broken syntax, bad UTF-8, duplicate keys, absurd depth
// or size. Refused naming the file, without crashing.

#include "CaseFileTestSupport.h"

#include <gtest/gtest.h>

namespace reclama::casefile::test {
namespace {

// Writes `text` as case.json (plus the minimal case's attachment) and returns the refusal.
std::string RefusalOfText(const std::string& text, std::string* message = nullptr,
                          const ReadLimits& limits = {}) {
    TempDir dir = Scratch();
    WriteCaseFolder(dir.Path(), MinimalCase());
    WriteBytes(dir.Path() / "case.json", text);
    const std::string where = RefusalWhere([&] { ReadCaseFile(dir.Path(), limits); }, message);
    // Naming the file means naming this one.
    return where == (dir.Path() / "case.json").string() ? "<case.json>" : where;
}

std::string MinimalText() { return MinimalCase().dump(1); }

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

TEST(HostileJson, InvalidSyntaxNamesTheFile) {
    std::string message;
    EXPECT_EQ(RefusalOfText("{\"format\": \"reclama-case\",", &message), "<case.json>");
    EXPECT_NE(message.find("not valid JSON"), std::string::npos) << message;
    EXPECT_EQ(RefusalOfText(""), "<case.json>");
    EXPECT_EQ(RefusalOfText(MinimalText() + "\n{}"), "<case.json>");
}

TEST(HostileJson, InvalidUtf8InAStringIsRefused) {
    // A lone continuation byte, an overlong '/', a truncated sequence, a UTF-16 surrogate as UTF-8.
    for (const std::string bad : {"\x80", "\xC0\xAF", "\xE2\x82", "\xED\xA0\x80", "\xF5\x80\x80\x80"}) {
        EXPECT_EQ(RefusalOfText(Replace(MinimalText(), "Cobro indebido", "Cobro " + bad)), "<case.json>");
    }
    EXPECT_EQ(RefusalOfText(Replace(MinimalText(), "\"title\"", "\"tit\xFFle\"")), "<case.json>");
}

TEST(HostileJson, LoneSurrogateEscapeIsRefused) {
    EXPECT_EQ(RefusalOfText(Replace(MinimalText(), "Cobro indebido", "Cobro \\ud800 x")), "<case.json>");
    EXPECT_EQ(RefusalOfText(Replace(MinimalText(), "Cobro indebido", "\\udc00")), "<case.json>");
}

TEST(HostileJson, DuplicateKeysAreRefusedAtTheirPointer) {
    // dump() sorts keys, so anchor on the value: documents have a "title" too.
    std::string text = Replace(MinimalText(), "\"title\": \"Cobro indebido\"",
                               "\"title\": \"Otro\", \"title\": \"Cobro indebido\"");
    EXPECT_EQ(RefusalOfText(text), "/case/title");
    text = Replace(MinimalText(), "\"summary\": \"Respuesta\"", "\"summary\": \"a\", \"summary\": \"b\"");
    EXPECT_EQ(RefusalOfText(text), "/case/contacts/1/summary");
}

TEST(HostileJson, DeepNestingIsRefusedWithoutOverflowingTheStack) {
    const std::size_t depth = 1'000'000;
    std::string deep = std::string(depth, '[') + std::string(depth, ']');
    std::string message;
    EXPECT_EQ(RefusalOfText(Replace(MinimalText(), "\"Cobro indebido\"", deep), &message), "<case.json>");
    EXPECT_NE(message.find("nested"), std::string::npos) << message;
    std::string objects;
    for (std::size_t i = 0; i < depth; ++i) objects += "{\"a\":";
    objects += "1" + std::string(depth, '}');
    EXPECT_EQ(RefusalOfText(objects), "<case.json>");
}

TEST(HostileJson, ModerateNestingInAnUnknownFieldIsOnlyAWarning) {
    std::string nested = std::string(40, '[') + std::string(40, ']');
    TempDir dir = Scratch();
    WriteCaseFolder(dir.Path(), MinimalCase());
    WriteBytes(dir.Path() / "case.json", Replace(MinimalText(), "\"case\":", "\"x\": " + nested + ", \"case\":"));
    const CaseFileContents read = ReadCaseFile(dir.Path());
    EXPECT_EQ(read.warnings, std::vector<std::string>{"/x: unknown field, ignored"});
}

TEST(HostileJson, HugeStringFieldIsReadWhole) {
    nlohmann::json json = MinimalCase();
    std::string huge(32u << 20, 'a');
    huge += "ñ€😀";
    json["case"]["summary"] = huge;
    TempDir dir = Scratch();
    const CaseFileContents read = ReadCaseFile(WriteCaseFolder(dir.Path(), json));
    EXPECT_EQ(read.c.summary.size(), huge.size());
    EXPECT_TRUE(read.c.summary == huge);
}

TEST(HostileJson, FileOverTheSizeLimitIsRefusedBeforeParsing) {
    nlohmann::json json = MinimalCase();
    json["case"]["summary"] = std::string(2u << 20, 'a');
    ReadLimits limits;
    limits.maxJsonBytes = 1u << 20;
    std::string message;
    EXPECT_EQ(RefusalOfText(json.dump(), &message, limits), "<case.json>");
    EXPECT_NE(message.find("bytes"), std::string::npos) << message;
}

TEST(HostileJson, ByteOrderMarkIsAccepted) {
    TempDir dir = Scratch();
    WriteCaseFolder(dir.Path(), MinimalCase());
    WriteBytes(dir.Path() / "case.json", "\xEF\xBB\xBF" + MinimalText());
    EXPECT_EQ(ReadCaseFile(dir.Path()).c.title, "Cobro indebido");
}

} // namespace
} // namespace reclama::casefile::test
