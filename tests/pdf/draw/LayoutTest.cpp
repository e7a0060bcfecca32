// Line breaking: word boundaries, over-long words, newlines, mixed styles, ellipsis.
#include "pdf/TextLayout.h"

#include <gtest/gtest.h>

namespace reclama::pdf {
namespace {

// Every character is one unit wide (bold two), so widths are easy to reason about.
std::size_t Chars(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}
double Measure(const std::string& s) { return static_cast<double>(Chars(s)); }
double MeasureStyled(const std::string& s, FontStyle style) {
    return Measure(s) * (style == FontStyle::Bold ? 2 : 1);
}

TEST(WrapText, BreaksAtWordBoundaries) {
    auto lines = WrapText("el técnico no vino ayer", 10, Measure);
    EXPECT_EQ(lines, (std::vector<std::string>{"el técnico", "no vino", "ayer"}));
}

TEST(WrapText, CutsWordsLongerThanTheLineAtCharacters) {
    auto lines = WrapText("ab ñññññññññññ", 5, Measure);
    EXPECT_EQ(lines, (std::vector<std::string>{"ab", "ñññññ", "ñññññ", "ñ"}));
}

TEST(WrapText, KeepsNewlinesAndBlankLines) {
    auto lines = WrapText("uno\r\n\ndos", 10, Measure);
    EXPECT_EQ(lines, (std::vector<std::string>{"uno", "", "dos"}));
}

TEST(EllipsizeText, ShortensAtACharacterBoundary) {
    EXPECT_EQ(EllipsizeText("Reclamación", 20, Measure), "Reclamación");
    EXPECT_EQ(EllipsizeText("Reclamación Telefónica", 8, Measure), "Reclama…");
    EXPECT_EQ(EllipsizeText("ñññññ", 3, Measure), "ññ…");
}

TEST(WrapStyled, MergesPiecesAndWrapsWithStyleWidths) {
    std::vector<StyledText> runs = {{"PRIMERO.- ", FontStyle::Bold}, {"la línea sigue sin servicio", FontStyle::Regular}};
    auto lines = WrapStyled(runs, 22, MeasureStyled);
    ASSERT_EQ(lines.size(), 3u);
    ASSERT_EQ(lines[0].size(), 2u);
    EXPECT_EQ(lines[0][0].text, "PRIMERO.- ");
    EXPECT_EQ(lines[0][0].style, FontStyle::Bold);
    EXPECT_EQ(lines[0][1].text, "la");
    EXPECT_EQ(LineText(lines[1]), "línea sigue sin");
    EXPECT_EQ(LineText(lines[2]), "servicio");
}

TEST(WrapStyled, AWordSpanningTwoStylesStaysTogether) {
    std::vector<StyledText> runs = {{"total ", FontStyle::Regular}, {"12", FontStyle::Bold}, {",50 €", FontStyle::Regular}};
    auto lines = WrapStyled(runs, 9, MeasureStyled);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(LineText(lines[0]), "total");
    EXPECT_EQ(LineText(lines[1]), "12,50 €");
    EXPECT_EQ(lines[1].size(), 2u);
}

TEST(WrapStyled, EmptyTextIsOneEmptyLine) {
    auto lines = WrapStyled({{"", FontStyle::Regular}}, 10, MeasureStyled);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(LineText(lines[0]).empty());
}

} // namespace
} // namespace reclama::pdf
