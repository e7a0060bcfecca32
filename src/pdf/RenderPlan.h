#pragma once
// What the PoDoFo drawing stage hands to the qpdf finishing stage: one drawn PDF holding every
// page in final order (body, separator sheets, rendered text/image exhibits, and placeholder
// pages that already carry stamp and footer), plus which placeholders receive an imported page.

#include <filesystem>
#include <string>
#include <vector>

namespace reclama::pdf {

// Page `drawnPageIndex` (0-based) of the drawn PDF is a placeholder page that already carries the
// stamp and footer; page `sourcePage` (1-based) of `source` (a normalised, trusted PDF) is placed
// underneath it, scaled to fit inside the margins, keeping its aspect ratio.
//
// The placeholder's content starts by painting the form XObject named kExhibitPageName, which
// its resources do not hold yet: the finishing stage adds it, with a /Matrix that does the
// scaling, so placing a page adds no content stream of its own.
inline constexpr const char* kExhibitPageName = "RcExhibitPage";

struct ExhibitPagePlacement {
    int drawnPageIndex = 0;
    std::filesystem::path source;
    int sourcePage = 1;
};

// The pages (0-based, inclusive) an exhibit occupies, its separator sheet included.
struct ExhibitPages {
    int exhibitNumber = 0;
    int firstPage = 0;
    int lastPage = 0;
    std::string bates{}; // "LMO000003–LMO000007" with Bates numbering, else empty
};

struct RenderPlan {
    std::filesystem::path drawnPdf; // temporary file written by the drawing stage
    int totalPages = 0;
    int bodyPages = 0; // pages before the first exhibit
    std::vector<ExhibitPagePlacement> placements;
    std::vector<ExhibitPages> exhibits;
    std::vector<std::string> warnings; // e.g. characters the font cannot show, with where
};

} // namespace reclama::pdf
