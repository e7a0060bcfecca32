#include "DrawDossier.h"

#include "DrawPages.h"
#include "core/Error.h"

#include <podofo/podofo.h>

namespace reclama::pdf {

RenderPlan DrawDossier(const dossier::DossierDocument& document, const std::filesystem::path& drawnPdf,
                       const DrawOptions& options) {
    // The contents, the exhibit index, the separator sheets and every footer print page numbers
    // that are only known once everything is laid out. Measure again with the numbers found until
    // they no longer move (usually the second pass), then draw once with those numbers.
    constexpr int kMaxPasses = 5;
    try {
        PageAnchors anchors;
        LayoutMemo memo;
        for (int pass = 0; pass < kMaxPasses; ++pass) {
            PageDrawer measure(document, anchors, options, pass, PageDrawer::Mode::Measure, &memo);
            measure.Layout();
            if (measure.Found() != anchors) {
                anchors = measure.Found();
                continue;
            }
            PageDrawer drawer(document, anchors, options, pass + 1, PageDrawer::Mode::Draw, &memo);
            drawer.Layout();
            if (drawer.Found() != anchors)
                throw Error("internal: drawing the dossier put pages elsewhere than measuring did");
            return drawer.Finish(drawnPdf);
        }
        throw Error("the dossier's page numbers did not settle after " + std::to_string(kMaxPasses) +
                    " layout passes");
    } catch (const PoDoFo::PdfError& e) {
        std::error_code ignored;
        std::filesystem::remove(drawnPdf, ignored);
        throw Error(std::string("the dossier could not be drawn to ") + drawnPdf.string() + ": " +
                    PoDoFo::PdfError::ErrorMessage(e.GetError()));
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(drawnPdf, ignored);
        throw;
    }
}

} // namespace reclama::pdf
