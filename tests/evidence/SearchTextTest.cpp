// Search text of text files and e-mails.
#include "evidence/SearchText.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace reclama::evidence {
namespace {

namespace fs = std::filesystem;
const fs::path kSamples = fs::path(RECLAMA_TEST_DATA) / "samples";

fs::path WriteFile(const std::string& name, const std::string& bytes) {
    const fs::path path = fs::temp_directory_path() / ("reclama-search-test-" + name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    return path;
}

TEST(SearchText, SampleTextIsReadAsIs) {
    const fs::path path = kSamples / "es-adsl-averia/files/chat-transcripcion.txt";
    std::ifstream in(path, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    ASSERT_FALSE(bytes.empty());
    EXPECT_EQ(ExtractSearchText(path, EvidenceType::Text), bytes);
}

TEST(SearchText, EmailGivesSubjectSenderAndBody) {
    const std::string text = ExtractSearchText(
        kSamples / "cl-telefonia-empresa/files/solicitud-recambio.eml", EvidenceType::Email);
    EXPECT_EQ(
        text.rfind("Solicitud de recambio promoción\nVictor Diaz <gerencia@comercialandina.cl>\n",
                   0),
        0u);
    EXPECT_NE(text.find("Renueva tu flota"), std::string::npos);
}

TEST(SearchText, InvalidBytesAreReplaced) {
    const fs::path path = WriteFile("latin1.txt", "caf\xE9 y m\xE1s");
    EXPECT_EQ(ExtractSearchText(path, EvidenceType::Text), "caf\xEF\xBF\xBD y m\xEF\xBF\xBDs");
    fs::remove(path);
    const fs::path withNul = WriteFile("nul.txt", std::string("a\0b", 3));
    EXPECT_EQ(ExtractSearchText(withNul, EvidenceType::Text), "a\xEF\xBF\xBD"
                                                              "b");
    fs::remove(withNul);
}

TEST(SearchText, ByteOrderMarks) {
    const fs::path utf8 = WriteFile("bom8.txt", "\xEF\xBB\xBFhola");
    EXPECT_EQ(ExtractSearchText(utf8, EvidenceType::Text), "hola");
    const fs::path utf16 = WriteFile("bom16.txt", std::string("\xFF\xFEh\0\xF3\0l\0a\0", 10));
    EXPECT_EQ(ExtractSearchText(utf16, EvidenceType::Text), "h\xC3\xB3la");
    fs::remove(utf8);
    fs::remove(utf16);
}

TEST(SearchText, CappedAtACharacterBoundary) {
    // 'ñ' is two bytes; with one leading 'x' the cap falls inside a character.
    std::string big = "x";
    while (big.size() < kMaxSearchTextBytes + 100) {
        big += "\xC3\xB1";
    }
    const fs::path path = WriteFile("big.txt", big);
    const std::string text = ExtractSearchText(path, EvidenceType::Text);
    EXPECT_LE(text.size(), kMaxSearchTextBytes);
    EXPECT_GE(text.size(), kMaxSearchTextBytes - 4);
    EXPECT_EQ(text.find("\xEF\xBF\xBD"), std::string::npos); // nothing replaced
    EXPECT_EQ(text.substr(text.size() - 2), "\xC3\xB1");
    fs::remove(path);
}

TEST(SearchText, OtherTypesHaveNoText) {
    const fs::path pdf = kSamples / "es-adsl-averia/files/factura-enero.pdf";
    EXPECT_EQ(ExtractSearchText(pdf, EvidenceType::Pdf), "");
    EXPECT_EQ(
        ExtractSearchText(kSamples / "es-adsl-averia/files/sms-captura.png", EvidenceType::Image),
        "");
    EXPECT_EQ(ExtractSearchText(pdf, EvidenceType::Other), "");
}

TEST(SearchText, MissingTextFileThrows) {
    EXPECT_THROW(
        ExtractSearchText(fs::temp_directory_path() / "reclama-none.txt", EvidenceType::Text),
        InputError);
    EXPECT_EQ(
        ExtractSearchText(fs::temp_directory_path() / "reclama-none.eml", EvidenceType::Email), "");
}

} // namespace
} // namespace reclama::evidence
