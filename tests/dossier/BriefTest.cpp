// The "next call" brief: short, in the case's language, with the numbers an operator asks for.

#include "TestSupport.h"
#include "core/Error.h"
#include "dossier/Brief.h"

#include <gtest/gtest.h>

namespace reclama::dossier {
namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t Lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

TEST(Brief, SmallCaseInBothLanguages) {
    auto c = test::SmallCase();
    std::string es = BuildBrief(c, "", test::D("2026-03-20"), test::Templates());
    EXPECT_TRUE(Contains(es, "Nº de cliente: RN-100\n")) << es;
    EXPECT_TRUE(Contains(es, "Incidencia: INC-7\n")) << es;
    EXPECT_FALSE(Contains(es, "Nº de cliente: RN-100\nNº de cliente")) << "customer number twice: " << es;
    // First contact 1 March -> 20 March.
    EXPECT_TRUE(Contains(es, "19 días esperando")) << es;
    EXPECT_TRUE(Contains(es, "- 02/03/2026, Luis: «Reparar al día siguiente» (para el 03/03/2026): pendiente, 17 días "
                             "de retraso.")) << es;
    EXPECT_TRUE(Contains(es, "Pido: Cambio del router.")) << es;
    std::string en = BuildBrief(c, "en", test::D("2026-03-20"), test::Templates());
    EXPECT_TRUE(Contains(en, "Customer no.: RN-100")) << en;
    EXPECT_TRUE(Contains(en, "- 2 Mar 2026, Luis: “Reparar al día siguiente” (by 3 Mar 2026): pending, 17 days late.")) << en;
    EXPECT_THROW(BuildBrief(c, "de", test::D("2026-03-20"), test::Templates()), InputError);
}

TEST(Brief, ShortTextKeepsWholeSentencesOrCutsAtAWord) {
    EXPECT_EQ(ShortText("Corto.", 50), "Corto.");
    EXPECT_EQ(ShortText("Una frase. Otra frase más larga que no cabe.", 20), "Una frase.");
    EXPECT_EQ(ShortText("Sin punto ninguno en esta frase tan larga", 20), "Sin punto ninguno…");
    // Counted in characters, not bytes: accents do not shorten the text.
    EXPECT_EQ(ShortText("Ñúñez ácido. Más", 13), "Ñúñez ácido.");
}

class SampleBrief : public ::testing::Test {
protected:
    void SetUp() override {
        if (!test::HaveSamples()) GTEST_SKIP() << "the case-file reader is not built";
    }
};

TEST_F(SampleBrief, SpanishSampleNamesNumbersAndEveryPromise) {
    auto c = test::Sample("es-adsl-averia");
    std::string brief = BuildBrief(c, "es", test::D("2026-03-20"), test::Templates());
    EXPECT_TRUE(Contains(brief, "ES-4471902")) << brief;
    EXPECT_TRUE(Contains(brief, "INC-2026-118734")) << brief;
    EXPECT_TRUE(Contains(brief, "65 días esperando")) << brief; // 14 Jan -> 20 Mar
    for (const auto& p : c.promises) {
        EXPECT_TRUE(Contains(brief, p.text)) << p.text;
        EXPECT_TRUE(Contains(brief, p.by)) << p.by;
    }
    EXPECT_TRUE(Contains(brief, "- 14/01/2026, Marta (Soporte técnico): «Llamar en 48 horas para dar cita con el "
                                "técnico» (para el 16/01/2026): incumplido, 63 días de retraso.")) << brief;
    EXPECT_TRUE(Contains(brief, "Resolver la incidencia» (para el 05/03/2026): pendiente, 15 días de retraso.")) << brief;
    EXPECT_TRUE(Contains(brief, "Pido: Reparación inmediata")) << brief;
    EXPECT_LE(Lines(brief), 12u);
    EXPECT_LT(brief.size(), 1400u) << brief;
    // The problem is cut to two lines, at a sentence.
    auto problem = brief.substr(brief.find("Problema: "));
    problem = problem.substr(0, problem.find('\n'));
    EXPECT_EQ(problem, "Problema: Desde el 14 de enero la línea ADSL no funciona.");
}

TEST_F(SampleBrief, ChileanSampleKeptPromiseShowsItsDelay) {
    auto c = test::Sample("cl-telefonia-empresa");
    std::string brief = BuildBrief(c, "", test::D("2026-06-20"), test::Templates());
    EXPECT_TRUE(Contains(brief, "Nº de cliente: CL-884512")) << brief;
    EXPECT_TRUE(Contains(brief, "Reclamo: SR-99812")) << brief;
    EXPECT_TRUE(Contains(brief, "130 días esperando")) << brief; // 10 Feb -> 20 Jun
    EXPECT_TRUE(Contains(brief, "«Rehabilitar las líneas en 24 horas tras el retiro de los equipos» (para el "
                                "06/03/2026): cumplido, 3 días de retraso.")) << brief;
    for (const auto& p : c.promises) EXPECT_TRUE(Contains(brief, p.text)) << p.text;
    std::string en = BuildBrief(c, "en", test::D("2026-06-20"), test::Templates());
    EXPECT_TRUE(Contains(en, "Customer no.: CL-884512")) << en;
    EXPECT_TRUE(Contains(en, "kept, 3 days late")) << en;
}

} // namespace
} // namespace reclama::dossier
