// The dossier's own fonts map Arabic presentation-form glyphs back to the letters typed.
#include "TestPdfs.h"
#include "pdf/DrawDossier.h"
#include "pdf/FinishDossier.h"
#include "pdf/FinishFonts.h"

#include <gtest/gtest.h>

#include <regex>

namespace reclama::pdf {
namespace {
namespace fs = std::filesystem;
using namespace test;

TEST(FinishFonts, PresentationFormsBecomeTheirLettersOnlyAsDestinations) {
    std::string cmap = "2 beginbfrange\n<0003> <0003> [ <0020> ]\n<0104> <0105> [ <FEE3> <FEFB> ]\nendbfrange\n"
                       "1 beginbfchar\n<FB50> <FE8D>\nendbfchar\n";
    EXPECT_EQ(MapPresentationFormsToLetters(cmap),
              "2 beginbfrange\n<0003> <0003> [ <0020> ]\n<0104> <0105> [ <0645> <06440627> ]\nendbfrange\n"
              "1 beginbfchar\n<FB50> <0627>\nendbfchar\n");
}

TEST(FinishFonts, AnArabicNameInTheDossierMapsToItsLetters) {
    fs::path dir = fs::temp_directory_path() / ("reclama-fonts-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    dossier::DossierDocument d;
    d.title = "RTL";
    dossier::Section s{"facts", "Hechos", true, {}};
    dossier::Paragraph p;
    p.runs.push_back({"Cotitular: \u0645\u062D\u0645\u062F \u0627\u0644\u0639\u0644\u064A y \u0644\u0627"});
    s.blocks.push_back(p);
    d.sections.push_back(s);
    RenderPlan plan = DrawDossier(d, dir / "drawn.pdf");
    FinishOptions options;
    options.out = dir / "dossier.pdf";
    options.fixedEpoch = 0;
    FinishDossier(plan, options);
    std::string bytes = UncompressedBytes(options.out);
    fs::remove_all(dir);
    // Every destination of every map: none is a presentation form, and the letters are there.
    std::smatch m;
    std::regex destination("\\[ ((?:<[0-9A-F]+> ?)+)\\]");
    std::string all;
    for (auto it = bytes.cbegin(); std::regex_search(it, bytes.cend(), m, destination); it = m.suffix().first)
        all += m[1].str();
    EXPECT_EQ(all.find("<FE"), std::string::npos) << all;
    EXPECT_EQ(all.find("<FB"), std::string::npos) << all;
    EXPECT_NE(all.find("<0645>"), std::string::npos) << all; // meem
    EXPECT_NE(all.find("<06440627>"), std::string::npos) << all; // the lam-alef ligature: two letters
}

} // namespace
} // namespace reclama::pdf
