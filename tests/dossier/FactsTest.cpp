// The statement of facts and the chronology of a small hand-made case: sentences, precision
// markers, citations and what stays out.

#include "TestSupport.h"
#include "core/Error.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace reclama::dossier {
namespace {

DossierDocument Build(const std::string& lang, const std::string& profile = "generic") {
    return BuildDossier(test::SmallCase(), FindProfile(test::Templates(), profile), test::Options(lang, "2026-03-20"));
}

TEST(Facts, SentencesSayWhenWhoHowAndCiteTheExhibit) {
    auto doc = Build("es");
    auto facts = test::NumberedFacts(*test::FindSection(doc, "facts"));
    // SMS (1 Mar), call (2 Mar), invoice (10 Mar), letter (Apr 2026, precision month).
    ASSERT_EQ(facts.size(), 4u);
    EXPECT_EQ(facts[0]->leadIn, "PRIMERO.-");
    EXPECT_EQ(test::Text(*facts[0]),
              "El 01/03/2026 Redes Norte S.L. envió un SMS a la parte reclamante. Aviso de corte. (Doc. nº 1)");
    EXPECT_EQ(facts[1]->leadIn, "SEGUNDO.-");
    EXPECT_EQ(test::Text(*facts[1]),
              "El 02/03/2026 hacia las 10:00 (UTC+01:00) la parte reclamante llamó por teléfono a Redes Norte S.L. "
              "(referencia INC-7), le atendió Luis. Se comunica la avería. Luis indicó textualmente: «Mañana lo "
              "arreglamos». Compromiso de Luis: «Reparar al día siguiente», con fecha límite 03/03/2026 (estado: "
              "pendiente). (Doc. nº 2, pág. 3)");
    EXPECT_EQ(test::Text(*facts[2]),
              "El 10/03/2026 Redes Norte S.L. emitió la factura F-1 por 30,00\u00a0€, cuando el importe correcto era "
              "10,00\u00a0€; la parte reclamante pagó 30,00\u00a0€.");
    EXPECT_EQ(facts[3]->leadIn, "CUARTO.-");
    EXPECT_EQ(test::Text(*facts[3]),
              "En 04/2026 la parte reclamante envió una carta a Redes Norte S.L. Reclamación por carta. Se trata de "
              "una reclamación formal.");
}

TEST(Facts, EnglishSentences) {
    auto doc = Build("en");
    auto facts = test::NumberedFacts(*test::FindSection(doc, "facts"));
    ASSERT_EQ(facts.size(), 4u);
    EXPECT_EQ(facts[1]->leadIn, "2.");
    EXPECT_EQ(test::Text(*facts[1]),
              "On 2 Mar 2026 at about 10:00 (UTC+01:00) the claimant phoned Redes Norte S.L. (reference INC-7), "
              "attended by Luis. Se comunica la avería. Luis said: “Mañana lo arreglamos”. Promise by Luis: “Reparar "
              "al día siguiente”, due 3 Mar 2026 (status: pending). (Doc. 2, p. 3)");
}

TEST(Chronology, RowsInTimeOrderWithPrecisionShownAndNotesLeftOut) {
    auto c = test::SmallCase();
    core::Note note;
    note.id = 1;
    note.at = core::ParseEventTime("2026-03-05", c.timezone);
    note.text = "private working note";
    c.notes.push_back(note);
    auto doc = BuildDossier(c, FindProfile(test::Templates(), "generic"), test::Options("es", "2026-03-20"));
    const auto* table = test::FirstTable(*test::FindSection(doc, "chronology"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->columns.size(), 8u);
    std::vector<std::string> when, number;
    for (const auto& row : table->rows) {
        number.push_back(row.cells[0]);
        when.push_back(row.cells[1]);
        EXPECT_EQ(row.cells[4].find("private"), std::string::npos);
    }
    // SMS (day), call (approximate), promise due (day), invoice (day), letter (month).
    EXPECT_EQ(when, (std::vector<std::string>{"01/03/2026", "aprox. 02/03/2026 10:00 (UTC+01:00)", "03/03/2026",
                                              "10/03/2026", "04/2026"}));
    EXPECT_EQ(number, (std::vector<std::string>{"1", "2", "3", "4", "5"}));
    EXPECT_EQ(table->rows[1].cells[7], "Doc. nº 2, pág. 3");
    EXPECT_EQ(table->rows[1].cells[5], "Reparar al día siguiente (pendiente)");
    EXPECT_EQ(table->rows[1].cells[3], "Luis · INC-7");
    // Pending past its due date on 20 March: marked.
    EXPECT_TRUE(table->rows[1].alert);
    EXPECT_TRUE(table->rows[2].alert);
    EXPECT_EQ(table->rows[2].cells[5], "Reparar al día siguiente (pendiente, 17 días de retraso)");
    EXPECT_EQ(table->rows[3].cells[6], "30,00\u00a0€");
    EXPECT_EQ(table->rows[4].cells[2], "carta · Enviado · Reclamación");
}

TEST(Sections, OverduePendingPromiseIsListedAsBrokenAndAsADeadline) {
    auto doc = Build("es");
    const auto* promises = test::FirstTable(*test::FindSection(doc, "promises"));
    ASSERT_NE(promises, nullptr);
    ASSERT_EQ(promises->rows.size(), 1u);
    EXPECT_EQ(promises->rows[0].cells[0], "Luis");
    EXPECT_EQ(promises->rows[0].cells[4], "17");
    const auto* deadlines = test::FirstTable(*test::FindSection(doc, "deadlines"));
    ASSERT_NE(deadlines, nullptr);
    EXPECT_EQ(deadlines->rows.at(0).cells[2], "Vencido hace 17 días");
    // The letter of April has no answer yet: the days are counted up to today (20 March is
    // before it, so none).
    const auto* complaints = test::FirstTable(*test::FindSection(doc, "complaints"));
    ASSERT_NE(complaints, nullptr);
    EXPECT_EQ(complaints->rows.at(0).cells[3], "Sin respuesta");
    EXPECT_TRUE(complaints->rows.at(0).alert);
}

TEST(Sections, FilterKeepsTheOrderAskedForAndRefusesUnknownKeys) {
    auto options = test::Options("es");
    options.sections = {"money", "facts"};
    auto doc = BuildDossier(test::SmallCase(), FindProfile(test::Templates(), "generic"), options);
    EXPECT_EQ(test::SectionKeys(doc), (std::vector<std::string>{"money", "facts"}));
    options.sections = {"facts", "moneys"};
    EXPECT_THROW(BuildDossier(test::SmallCase(), FindProfile(test::Templates(), "generic"), options), InputError);
    options.sections = {};
    options.language = "fr";
    EXPECT_THROW(BuildDossier(test::SmallCase(), FindProfile(test::Templates(), "generic"), options), InputError);
}

TEST(Exhibits, CarryTheCallersSourceInfoAndTheProfilesLabels) {
    auto options = test::Options("en");
    ExhibitSourceInfo info;
    info.source = ExhibitSource::Unreadable;
    info.problem = "encrypted";
    options.exhibits[2] = info;
    auto doc = BuildDossier(test::SmallCase(), FindProfile(test::Templates(), "us-small-claims"), options);
    ASSERT_EQ(doc.exhibits.size(), 4u);
    EXPECT_EQ(doc.exhibits[0].label, "Exhibit A");
    EXPECT_EQ(doc.exhibits[0].title, "Captura del SMS");
    EXPECT_EQ(doc.exhibits[0].source, ExhibitSource::Other);
    EXPECT_EQ(doc.exhibits[1].label, "Exhibit B");
    EXPECT_EQ(doc.exhibits[1].source, ExhibitSource::Unreadable);
    EXPECT_EQ(doc.exhibits[1].problem, "encrypted");
    EXPECT_EQ(doc.exhibits[3].date, "");
    EXPECT_EQ(doc.pageSize, PageSize::Letter);
    EXPECT_EQ(doc.texts.pageOfTemplate, "Page {n} of {m}");
    auto manifest = nlohmann::json::parse(doc.manifestJson);
    EXPECT_EQ(manifest["files"].size(), 4u);
    EXPECT_EQ(manifest["files"][1]["label"], "Exhibit B");
}

} // namespace
} // namespace reclama::dossier

namespace reclama::dossier {
namespace {

TEST(Facts, SayHowSoonEachContactWasLogged) {
    auto c = test::SmallCase();
    auto& sms = c.contacts[1];
    sms.at = core::ParseEventTime("2026-03-01T09:00:00+01:00", c.timezone);
    auto logged = [&](const std::string& when, const std::string& lang) {
        c.contacts[1].recordedAt = core::ParseEventTime(when, c.timezone);
        auto doc = BuildDossier(c, FindProfile(test::Templates(), "generic"), test::Options(lang, "2026-03-20"));
        return test::Text(*test::NumberedFacts(*test::FindSection(doc, "facts")).at(0));
    };
    EXPECT_NE(logged("2026-03-01T09:12:00+01:00", "es").find("(Anotado por la parte reclamante 12 minutos después.)"),
              std::string::npos);
    EXPECT_NE(logged("2026-03-01T11:10:00+01:00", "en").find("(Logged by the claimant 2 h 10 min later.)"),
              std::string::npos);
    EXPECT_NE(logged("2026-03-04T09:00:00+01:00", "es").find("(Anotado por la parte reclamante 3 días después.)"),
              std::string::npos);
}

} // namespace
} // namespace reclama::dossier

namespace reclama::dossier {
namespace {

TEST(Dossier, RefusesToGuessTodaysDate) {
    auto options = test::Options("es");
    options.today = core::Date();
    EXPECT_THROW(BuildDossier(test::SmallCase(), FindProfile(test::Templates(), "generic"), options), InputError);
}

} // namespace
} // namespace reclama::dossier
