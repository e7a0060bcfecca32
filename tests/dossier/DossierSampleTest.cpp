// Both sample cases, in both languages, through every profile: the sections each profile asks
// for, facts numbered in order, the chronology in time order, exact totals, exhibit order and
// labels.

#include "TestSupport.h"
#include "core/Error.h"

#include "core/Format.h"

#include <gtest/gtest.h>

#include <array>
#include <tuple>

namespace reclama::dossier {
namespace {

struct Combination {
    std::string sample, language, profile;
};

void PrintTo(const Combination& c, std::ostream* os) { *os << c.sample << " " << c.language << " " << c.profile; }

std::vector<Combination> AllCombinations() {
    std::vector<Combination> out;
    for (const auto& sample : test::SampleNames())
        for (const std::string lang : {"es", "en"})
            for (const auto& p : LoadProfiles(test::Templates())) out.push_back({sample, lang, p.name});
    return out;
}

// (year, month, day) of the date at the start of a chronology cell, in either language's format;
// an "aprox."/"approx." marker may come first.
std::tuple<int, int, int> CellDate(std::string cell, const std::string& lang) {
    for (const std::string marker : {"aprox. ", "approx. "})
        if (cell.rfind(marker, 0) == 0) cell = cell.substr(marker.size());
    if (lang == "es") {
        int d = 0, m = 0, y = 0;
        if (std::sscanf(cell.c_str(), "%d/%d/%d", &d, &m, &y) == 3) return {y, m, d};
        if (std::sscanf(cell.c_str(), "%d/%d", &m, &y) == 2) return {y, m, 0};
    } else {
        static const std::array<std::string, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        int d = 0, y = 0;
        char mon[4] = {};
        if (std::sscanf(cell.c_str(), "%d %3s %d", &d, mon, &y) == 3) {
            for (int i = 0; i < 12; ++i)
                if (months[i] == mon) return {y, i + 1, d};
        }
    }
    ADD_FAILURE() << "not a date: " << cell;
    return {0, 0, 0};
}

class EverySampleLanguageProfile : public ::testing::TestWithParam<Combination> {};

TEST_P(EverySampleLanguageProfile, SectionsFactsChronologyAndLabels) {
    if (!test::HaveSamples()) GTEST_SKIP() << "the case-file reader is not built";
    const auto& [sample, lang, profileName] = GetParam();
    const core::Case c = test::Sample(sample);
    const Profile profile = FindProfile(test::Templates(), profileName);
    const DossierDocument doc = BuildDossier(c, profile, test::Options(lang, "2026-07-01"));

    EXPECT_EQ(test::SectionKeys(doc), profile.sections);
    EXPECT_EQ(doc.language, lang);
    EXPECT_EQ(doc.pageSize, profile.pageSize);
    EXPECT_EQ(doc.sizeCapBytes, profile.sizeCapBytes);
    EXPECT_EQ(doc.title, c.title);
    for (const auto& s : doc.sections) {
        if (s.key != "cover") {
            EXPECT_FALSE(s.title.empty()) << s.key;
        }
        EXPECT_FALSE(s.blocks.empty()) << s.key;
    }

    if (const Section* facts = test::FindSection(doc, "facts")) {
        auto numbered = test::NumberedFacts(*facts);
        ASSERT_FALSE(numbered.empty());
        for (std::size_t i = 0; i < numbered.size(); ++i) {
            const std::vector<std::string> spanish{"PRIMERO.-", "SEGUNDO.-", "TERCERO.-", "CUARTO.-",
                                                   "QUINTO.-", "SEXTO.-", "SÉPTIMO.-", "OCTAVO.-",
                                                   "NOVENO.-", "DÉCIMO.-", "UNDÉCIMO.-", "DUODÉCIMO.-",
                                                   "DECIMOTERCERO.-", "DECIMOCUARTO.-", "DECIMOQUINTO.-",
                                                   "DECIMOSEXTO.-", "DECIMOSÉPTIMO.-", "DECIMOCTAVO.-",
                                                   "DECIMONOVENO.-", "VIGÉSIMO.-", "VIGÉSIMO PRIMERO.-"};
            EXPECT_EQ(numbered[i]->leadIn, lang == "es" ? spanish.at(i) : std::to_string(i + 1) + ".");
            const std::string text = test::Text(*numbered[i]);
            EXPECT_EQ(text.find("{{"), std::string::npos) << text;
            EXPECT_EQ(text.find(".."), std::string::npos) << text;
            EXPECT_EQ(text.find("  "), std::string::npos) << text;
        }
    }

    if (const Section* chronology = test::FindSection(doc, "chronology")) {
        const Table* table = test::FirstTable(*chronology);
        ASSERT_NE(table, nullptr);
        std::tuple<int, int, int> previous{0, 0, 0};
        for (std::size_t i = 0; i < table->rows.size(); ++i) {
            const auto& row = table->rows[i];
            ASSERT_EQ(row.cells.size(), table->columns.size());
            EXPECT_EQ(row.cells[0], std::to_string(i + 1));
            auto date = CellDate(row.cells[1], lang);
            EXPECT_LE(previous, date) << row.cells[1];
            previous = date;
        }
    }

    ASSERT_EQ(doc.exhibits.size(), c.documents.size());
    for (std::size_t i = 0; i < doc.exhibits.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        EXPECT_EQ(doc.exhibits[i].number, n);
        EXPECT_EQ(doc.exhibits[i].label, ExhibitLabel(profile, lang, c, n));
        EXPECT_EQ(doc.exhibits[i].stampPrefix, ExhibitStampPrefix(profile, lang, c, n));
    }
    std::string first = doc.exhibits.at(0).label;
    std::string expected = first;
    if (profileName == "es-omic" || profileName == "es-telecom" || profileName == "generic") {
        expected = lang == "es" ? "Documento nº 1" : "Document no. 1";
    } else if (profileName == "cl-sernac") {
        expected = lang == "es" ? "Documento N° 1" : "Document No. 1";
    } else if (profileName == "uk-ombudsman") {
        expected = sample == "es-adsl-averia" ? "LMO1" : "VDC1";
    } else if (profileName == "us-small-claims" || profileName == "us-bates") {
        expected = lang == "es" ? "Anexo A" : "Exhibit A";
    } else {
        ADD_FAILURE() << "no expected label for profile " << profileName;
    }
    EXPECT_EQ(first, expected);
    // Only the Bates profile numbers exhibit pages, with the signer's initials.
    EXPECT_EQ(doc.bates.has_value(), profileName == "us-bates");
    if (doc.bates) {
        EXPECT_EQ(doc.bates->prefix, sample == "es-adsl-averia" ? "LMO" : "VDC");
    }
}

INSTANTIATE_TEST_SUITE_P(Samples, EverySampleLanguageProfile, ::testing::ValuesIn(AllCombinations()),
                         [](const auto& info) {
                             std::string name = info.param.sample + "_" + info.param.language + "_" + info.param.profile;
                             for (auto& ch : name)
                                 if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                             return name;
                         });

class SampleTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!test::HaveSamples()) GTEST_SKIP() << "the case-file reader is not built";
    }
    static DossierDocument Build(const std::string& sample, const std::string& lang,
                                 const std::string& profile = "generic", const std::string& today = "2026-07-01") {
        return BuildDossier(test::Sample(sample), FindProfile(test::Templates(), profile), test::Options(lang, today));
    }
    static std::vector<std::string> ExhibitTitles(const DossierDocument& doc) {
        std::vector<std::string> titles;
        for (const auto& e : doc.exhibits) titles.push_back(e.title);
        return titles;
    }
};

TEST_F(SampleTest, SpanishMoneySummaryMatchesTheSumsByHand) {
    // FA26-0001923: 39.90 billed, 16.73 correct, 39.90 paid -> 23.17 wrongly billed and paid.
    // FA26-0019544: 39.90 billed, 0.00 correct, 39.90 paid  -> 39.90 wrongly billed and paid.
    // Wrongly paid 63.07 - compensation 1.20 = 61.87 still to refund; nothing left to cancel.
    auto doc = Build("es-adsl-averia", "es");
    const Section* money = test::FindSection(doc, "money");
    ASSERT_NE(money, nullptr);
    const Table* invoices = test::FirstTable(*money);
    ASSERT_EQ(invoices->rows.size(), 3u);
    EXPECT_EQ(invoices->rows[0].cells,
              (std::vector<std::string>{"FA26-0001923", "01/02/2026", "39,90\u00a0€", "16,73\u00a0€", "23,17\u00a0€",
                                        "39,90\u00a0€"}));
    EXPECT_EQ(invoices->rows[2].cells[4], "63,07\u00a0€");
    EXPECT_TRUE(invoices->rows[2].bold);
    const Table* totals = test::LastTable(*money);
    ASSERT_NE(totals, invoices);
    auto row = [&](const std::string& label) -> std::string {
        for (const auto& r : totals->rows)
            if (r.cells[0] == label) return r.cells[1];
        return "(missing " + label + ")";
    };
    EXPECT_EQ(row("Pagado indebidamente"), "63,07\u00a0€");
    EXPECT_EQ(row("Compensaciones recibidas"), "1,20\u00a0€");
    EXPECT_EQ(row("Pendiente de devolver"), "61,87\u00a0€");
    EXPECT_EQ(row("Pendiente de anular"), "0,00\u00a0€");
    EXPECT_EQ(row("TOTAL RECLAMADO"), "61,87\u00a0€");
    EXPECT_TRUE(totals->rows.back().bold);
    EXPECT_EQ(totals->rows.back().cells[0], "TOTAL RECLAMADO");
}

TEST_F(SampleTest, ChileanTotalClaimedIsInPesos) {
    // F-102934 0/0; F-108811 2,219,880 billed for equipment that cost 0, unpaid; F-115020 418,000
    // billed, 342,000 correct and paid. Nothing paid wrongly, so 2,219,880 + 76,000 = 2,295,880
    // is still to be cancelled.
    auto doc = Build("cl-telefonia-empresa", "es", "cl-sernac");
    const Table* totals = test::LastTable(*test::FindSection(doc, "money"));
    ASSERT_NE(totals, nullptr);
    EXPECT_EQ(totals->rows.back().cells, (std::vector<std::string>{"TOTAL RECLAMADO", "$2.295.880"}));
    auto en = Build("cl-telefonia-empresa", "en", "cl-sernac");
    const Table* enTotals = test::LastTable(*test::FindSection(en, "money"));
    EXPECT_EQ(enTotals->rows.back().cells[0], "TOTAL CLAIMED");
    EXPECT_EQ(enTotals->rows.back().cells[1], core::FormatMoney({2295880, "CLP"}, {"en", "CL"}));
}

TEST_F(SampleTest, ExhibitsAreNumberedByFirstMentionThenByDate) {
    EXPECT_EQ(ExhibitTitles(Build("es-adsl-averia", "es")),
              (std::vector<std::string>{"Captura del SMS del 22 de enero", "Transcripción del chat",
                                        "Factura FA26-0001923", "Reclamación REC-77810", "Correo de respuesta"}));
    EXPECT_EQ(ExhibitTitles(Build("cl-telefonia-empresa", "es")),
              (std::vector<std::string>{"Correo de solicitud de recambio", "Factura F-102934 (equipos a costo cero)",
                                        "Factura F-108811 (cobro de equipos)", "Fotografía del aviso en recepción",
                                        "Carta de reclamo SR-101377", "Respuesta del área de reclamos"}));
}

TEST_F(SampleTest, SpanishFactsReadAsAStatement) {
    auto doc = Build("es-adsl-averia", "es", "es-omic");
    auto facts = test::NumberedFacts(*test::FindSection(doc, "facts"));
    // Incident, 7 contacts, 2 invoices, 1 compensation; promises, payments and the note are not facts.
    ASSERT_EQ(facts.size(), 11u);
    EXPECT_EQ(facts.back()->leadIn, "UNDÉCIMO.-");
    EXPECT_EQ(test::Text(*facts[1]),
              "El 14/01/2026 a las 09:05 (UTC+01:00) la parte reclamante llamó por teléfono a Conecta Telecom S.A.U. "
              "(Soporte técnico; referencia INC-2026-118734); tras 22 minutos de espera, le atendió Marta. Se comunica "
              "la avería. Pruebas remotas sin resultado. Marta indicó textualmente: «Le llamamos en 48 horas para "
              "darle cita con el técnico». Compromiso de Marta (Soporte técnico): «Llamar en 48 horas para dar cita "
              "con el técnico», con fecha límite 16/01/2026 (estado: incumplido). (Anotado por la parte reclamante 45 "
              "minutos después.)");
    EXPECT_EQ(test::Text(*facts[3]),
              "El 22/01/2026 Conecta Telecom S.A.U. envió un SMS a la parte reclamante (referencia INC-2026-118734). "
              "SMS: «Estamos trabajando en su incidencia». (Doc. nº 1)");
    std::string all = test::AllText(*test::FindSection(doc, "facts"));
    EXPECT_NE(all.find("Con ello se respondió a la reclamación del 05/02/2026, 7 días después."), std::string::npos) << all;
    EXPECT_NE(all.find("recibió de Conecta Telecom S.A.U. una compensación de 1,20\u00a0€"), std::string::npos) << all;
    EXPECT_EQ(all.find("Oficina de Atención al Usuario"), std::string::npos) << "the private note leaked";
}

TEST_F(SampleTest, ChronologyShowsDayPrecisionWithoutATimeAndCitesPages) {
    auto doc = Build("es-adsl-averia", "es");
    const Table* table = test::FirstTable(*test::FindSection(doc, "chronology"));
    ASSERT_NE(table, nullptr);
    // Incident, 7 contacts, 4 promise due dates, 2 invoices, 3 payments; the note stays out.
    EXPECT_EQ(table->rows.size(), 17u);
    bool sawSms = false;
    for (const auto& row : table->rows) {
        if (row.cells[2] != "SMS · Recibido") continue;
        sawSms = true;
        EXPECT_EQ(row.cells[1], "22/01/2026");
        EXPECT_EQ(row.cells[3], "INC-2026-118734");
        EXPECT_EQ(row.cells[7], "Doc. nº 1");
    }
    EXPECT_TRUE(sawSms);
    EXPECT_EQ(table->rows[1].cells[1], "14/01/2026 09:05 (UTC+01:00)");
    EXPECT_TRUE(table->rows[1].alert); // the promise made in that call was broken
}

TEST_F(SampleTest, ComplaintsShowTheDaysUntilTheAnswer) {
    auto es = Build("es-adsl-averia", "es");
    const Table* t = test::FirstTable(*test::FindSection(es, "complaints"));
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(t->rows[0].cells[2], "REC-77810");
    EXPECT_EQ(t->rows[0].cells[4], "7");
    EXPECT_FALSE(t->rows[0].alert);
    auto cl = Build("cl-telefonia-empresa", "en", "cl-sernac");
    const Table* u = test::FirstTable(*test::FindSection(cl, "complaints"));
    ASSERT_EQ(u->rows.size(), 1u);
    EXPECT_EQ(u->rows[0].cells[1], "11 Apr 2026");
    EXPECT_EQ(u->rows[0].cells[4], "25");
}

TEST_F(SampleTest, BrokenPromisesSayWhoWhenWhatAndHowLate) {
    auto doc = Build("cl-telefonia-empresa", "es", "cl-sernac", "2026-06-20");
    const Table* t = test::FirstTable(*test::FindSection(doc, "promises"));
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows.size(), 2u); // p2 was kept
    EXPECT_EQ(t->rows[0].cells, (std::vector<std::string>{"Rodrigo (E-2291)", "02/03/2026 10:15 (UTC-03:00)",
                                                          "Reenviar los 12 equipos esta semana", "06/03/2026", "106",
                                                          "incumplido"}));
    EXPECT_EQ(t->rows[1].cells[1], "10/04/2026 10:00 (UTC-04:00)");
    EXPECT_EQ(t->rows[1].cells[4], "64");
}

TEST_F(SampleTest, CoverPartiesRemedyAndDeclarationComeFromTheCaseAndProfile) {
    auto doc = Build("es-adsl-averia", "es", "es-telecom", "2026-03-20");
    std::string cover = test::AllText(*test::FindSection(doc, "cover"));
    EXPECT_NE(cover.find("Dirigido a: Oficina de Atención al Usuario de Telecomunicaciones"), std::string::npos) << cover;
    EXPECT_NE(cover.find("Fecha: 20/03/2026"), std::string::npos) << cover;
    EXPECT_NE(cover.find("Nº de cliente: ES-4471902"), std::string::npos) << cover;
    EXPECT_NE(cover.find("Nº de incidencia: INC-2026-118734"), std::string::npos) << cover;
    std::string parties = test::AllText(*test::FindSection(doc, "parties"));
    EXPECT_NE(parties.find("A12345674"), std::string::npos);
    EXPECT_NE(parties.find("12345678Z"), std::string::npos);
    std::string remedy = test::AllText(*test::FindSection(doc, "remedy"));
    EXPECT_NE(remedy.find("SOLICITO"), std::string::npos);
    EXPECT_NE(remedy.find("Reparación inmediata"), std::string::npos);
    std::string declaration = test::AllText(*test::FindSection(doc, "declaration"));
    EXPECT_NE(declaration.find("plazo de un mes"), std::string::npos) << declaration;
    EXPECT_NE(declaration.find("Lucía Martín Ortega"), std::string::npos);
    auto en = Build("cl-telefonia-empresa", "en", "us-small-claims");
    std::string signature = test::AllText(*test::FindSection(en, "declaration"));
    EXPECT_NE(signature.find("penalty of perjury"), std::string::npos);
    EXPECT_NE(signature.find("Víctor Díaz Cerda, for Comercial Andina Ltda."), std::string::npos) << signature;
    EXPECT_NE(test::AllText(*test::FindSection(en, "remedy")).find("REQUEST"), std::string::npos);
}

TEST_F(SampleTest, DeadlinesListPendingPromisesWithDueDates) {
    auto doc = Build("es-adsl-averia", "en", "generic", "2026-03-01");
    const Table* t = test::FirstTable(*test::FindSection(doc, "deadlines"));
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(t->rows[0].cells[1], "5 Mar 2026");
    EXPECT_EQ(t->rows[0].cells[2], "Pending; due in 4 days");
    EXPECT_FALSE(t->rows[0].alert);
}

} // namespace
} // namespace reclama::dossier
