#pragma once
// Draws a DossierDocument with PoDoFo: every page in final order, numbered "Página N de M",
// with contents and exhibit index linked, bookmarks, separator sheets, text, e-mail and image
// exhibits, and stamped placeholder pages where the finishing stage puts imported PDF pages.

#include "RenderPlan.h"
#include "dossier/DossierDocument.h"

#include <atomic>
#include <functional>

namespace reclama::pdf {

struct DrawOptions {
    std::function<void(double fraction, const std::string& message)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

RenderPlan DrawDossier(const dossier::DossierDocument& document, const std::filesystem::path& drawnPdf,
                       const DrawOptions& options = {});

} // namespace reclama::pdf
