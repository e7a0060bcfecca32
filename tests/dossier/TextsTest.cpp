// The texts of each language: ordinal lead-ins for the facts and the same keys in every language.

#include "TestSupport.h"
#include "dossier/Templates.h"
#include "dossier/Texts.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <set>

namespace reclama::dossier {
namespace {

TEST(Texts, SpanishOrdinalsReadAsInALegalBrief) {
    auto es = Texts::Load(test::Templates(), "es");
    EXPECT_EQ(es.OrdinalLeadIn(1), "PRIMERO.-");
    EXPECT_EQ(es.OrdinalLeadIn(2), "SEGUNDO.-");
    EXPECT_EQ(es.OrdinalLeadIn(7), "SÉPTIMO.-");
    EXPECT_EQ(es.OrdinalLeadIn(11), "UNDÉCIMO.-");
    EXPECT_EQ(es.OrdinalLeadIn(13), "DECIMOTERCERO.-");
    EXPECT_EQ(es.OrdinalLeadIn(20), "VIGÉSIMO.-");
    EXPECT_EQ(es.OrdinalLeadIn(21), "VIGÉSIMO PRIMERO.-");
    EXPECT_EQ(es.OrdinalLeadIn(30), "TRIGÉSIMO.-");
    EXPECT_EQ(es.OrdinalLeadIn(31), "TRIGÉSIMO PRIMERO.-");
    EXPECT_EQ(es.OrdinalLeadIn(48), "CUADRAGÉSIMO OCTAVO.-");
    EXPECT_EQ(es.OrdinalLeadIn(50), "QUINCUAGÉSIMO.-");
    EXPECT_EQ(es.OrdinalLeadIn(99), "NONAGÉSIMO NOVENO.-");
    EXPECT_EQ(es.OrdinalLeadIn(100), "100.-"); // past the words: still numbered, never blank
    std::set<std::string> distinct;
    for (int n = 1; n <= 99; ++n) distinct.insert(es.OrdinalLeadIn(n));
    EXPECT_EQ(distinct.size(), 99u);
}

TEST(Texts, EnglishFactsAreNumbered) {
    auto en = Texts::Load(test::Templates(), "en");
    EXPECT_EQ(en.OrdinalLeadIn(1), "1.");
    EXPECT_EQ(en.OrdinalLeadIn(31), "31.");
}

// Every text one language has, the other has too, so a key never goes missing at export time.
void CollectKeys(const nlohmann::json& j, const std::string& prefix, std::set<std::string>& out) {
    for (const auto& [key, value] : j.items()) {
        std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value.is_object()) CollectKeys(value, path, out);
        else out.insert(path);
    }
}

TEST(Texts, SpanishAndEnglishHaveTheSameKeys) {
    std::set<std::string> es, en;
    CollectKeys(LoadJsonFile(test::Templates() / "texts" / "es.json"), "", es);
    CollectKeys(LoadJsonFile(test::Templates() / "texts" / "en.json"), "", en);
    EXPECT_EQ(es, en);
    EXPECT_GT(es.size(), 100u);
}

TEST(Texts, UnknownLanguageAndMissingKeyAreNamed) {
    EXPECT_THROW(Texts::Load(test::Templates(), "fr"), InputError);
    auto es = Texts::Load(test::Templates(), "es");
    try {
        es.Get("sections.nonexistent");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("sections.nonexistent"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("es.json"), std::string::npos);
    }
}

TEST(Templates, ValuesAreNotHtmlEscapedAndEmptyValuesHideTheirSection) {
    EXPECT_EQ(FillTemplate("{{a}}{{#b}} y {{b}}{{/b}}.", {{"a", "«Tom & Jerry» <x>"}, {"b", ""}}),
              "«Tom & Jerry» <x>.");
    EXPECT_EQ(FillTemplate("{{#b}}[{{b}}]{{/b}}{{^b}}none{{/b}}", {{"b", "1"}}), "[1]");
}

} // namespace
} // namespace reclama::dossier
