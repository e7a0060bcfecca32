#pragma once
// Draws a DossierDocument with PoDoFo: every page in final order, numbered "Página N de M",
// with contents and exhibit index linked, bookmarks, separator sheets, text, e-mail and image
// exhibits, and stamped placeholder pages where the finishing stage puts imported PDF pages.

#include "RenderPlan.h"
#include "dossier/DossierDocument.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace reclama::pdf {

struct DrawOptions {
    // Called now and then with the share done (0..1) and what is being done.
    std::function<void(double fraction, const std::string& message)> progress;
    // Checked between pages: when set, DrawDossier throws CancelledError and writes nothing.
    const std::atomic<bool>* cancel = nullptr;
    // Folder with DejaVuSans*.ttf; empty: RECLAMA_FONT_DIR, else the usual system font folders.
    std::filesystem::path fontDir;
};

// Writes `drawnPdf` (an intermediate file for FinishDossier) and says what is on which page.
// Throws reclama::Error when the fonts are missing or the file cannot be written, and
// CancelledError when cancelled (then `drawnPdf` does not exist).
RenderPlan DrawDossier(const dossier::DossierDocument& document, const std::filesystem::path& drawnPdf,
                       const DrawOptions& options = {});

} // namespace reclama::pdf
