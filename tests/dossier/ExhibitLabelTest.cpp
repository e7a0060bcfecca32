// Exhibit order (first mention, then by date) and labels as each profile writes them.

#include "TestSupport.h"
#include "core/Error.h"

#include <gtest/gtest.h>

namespace reclama::dossier {
namespace {

TEST(ExhibitOrder, FirstMentionInTheChronologyThenTheRestByDate) {
    auto c = test::SmallCase(); // documents are listed 4, 2, 1, 3 in the case
    // d1 is cited by the SMS of 1 March, d2 by the call of 2 March; d3 (2025) and d4 (undated)
    // are never cited.
    EXPECT_EQ(ExhibitOrder(c), (std::vector<core::RecordId>{1, 2, 3, 4}));
}

TEST(ExhibitLabels, EachProfileWritesItsOwnLabels) {
    auto c = test::SmallCase();
    auto label = [&](const std::string& profile, const std::string& lang, int n) {
        return ExhibitLabel(FindProfile(test::Templates(), profile), lang, c, n);
    };
    auto stamp = [&](const std::string& profile, const std::string& lang, int n) {
        return ExhibitStampPrefix(FindProfile(test::Templates(), profile), lang, c, n);
    };
    EXPECT_EQ(label("es-omic", "es", 3), "Documento nº 3");
    EXPECT_EQ(stamp("es-omic", "es", 3), "Doc. nº 3");
    EXPECT_EQ(label("cl-sernac", "es", 12), "Documento N° 12");
    EXPECT_EQ(label("uk-ombudsman", "en", 1), "APG1"); // Ana Pérez Gil
    EXPECT_EQ(stamp("uk-ombudsman", "en", 2), "APG2");
    EXPECT_EQ(label("us-small-claims", "en", 1), "Exhibit A");
    EXPECT_EQ(label("us-small-claims", "en", 26), "Exhibit Z");
    EXPECT_EQ(label("us-small-claims", "en", 27), "Exhibit AA");
    EXPECT_EQ(stamp("us-small-claims", "en", 28), "Exhibit AB");
}

TEST(ExhibitLabels, InitialsComeFromTheSignerOrFallBackToJS) {
    auto c = test::SmallCase();
    EXPECT_EQ(SignerInitials(c), "APG");
    c.claimant.representative = "Álvaro Núñez";
    EXPECT_EQ(SignerInitials(c), "AN");
    c.claimant.representative = "";
    c.claimant.name = "Madonna";
    EXPECT_EQ(SignerInitials(c), "JS");
    c.claimant.name = "王小明";
    EXPECT_EQ(SignerInitials(c), "JS");
    c.claimant.name = "";
    EXPECT_EQ(SignerInitials(c), "JS");
}

TEST(ExhibitLabels, AlphaNumbersRunLikeSpreadsheetColumns) {
    EXPECT_EQ(AlphaNumber(1), "A");
    EXPECT_EQ(AlphaNumber(26), "Z");
    EXPECT_EQ(AlphaNumber(27), "AA");
    EXPECT_EQ(AlphaNumber(52), "AZ");
    EXPECT_EQ(AlphaNumber(53), "BA");
    EXPECT_EQ(AlphaNumber(703), "AAA");
}

TEST(BatesNumbers, ZeroPaddedWithThePrefixAndRangesWithADash) {
    BatesNumbering b{"LMO", 6, 1};
    EXPECT_EQ(b.Number(1), "LMO000001");
    EXPECT_EQ(b.Number(1234567), "LMO1234567"); // more pages than digits: never cut
    EXPECT_EQ(b.Range(3, 7), "LMO000003–LMO000007");
    EXPECT_EQ(b.Range(9, 9), "LMO000009");
}

TEST(BatesNumbers, ThePrefixTakesTheSignersInitials) {
    core::Case c;
    c.claimant.name = "Lucía Martín Ortega";
    auto profile = FindProfile(test::Templates(), "us-bates");
    EXPECT_EQ(BatesPrefix(profile, c), "LMO");
    EXPECT_EQ(BatesPrefix(FindProfile(test::Templates(), "us-small-claims"), c), "");
}

} // namespace
} // namespace reclama::dossier
