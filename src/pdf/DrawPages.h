#pragma once
// The page drawer behind DrawDossier: one pass that flows a DossierDocument onto pages. Measure
// (no drawing) until the page numbers it finds match the ones it was given (the contents,
// exhibit index and separator sheets print them), then draw once with footers, stamps, links and
// bookmarks, and write that.

#include "DrawCanvas.h"
#include "DrawDossier.h"

#include <podofo/podofo.h>

#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace reclama::pdf {

// Where sections and exhibits start (0-based page indexes): what one pass tells the next.
struct PageAnchors {
    std::map<std::string, int> sectionPage;
    std::map<int, std::pair<int, int>> exhibitPages; // number -> (separator page, last page)
    int totalPages = 0;
    bool operator==(const PageAnchors&) const = default;
};

class PageDrawer {
public:
    enum class Mode { Measure, Draw };
    // `memo` (may be null) carries measurements from one pass to the next (LayoutMemo.h).
    PageDrawer(const dossier::DossierDocument& document, const PageAnchors& anchors, const DrawOptions& options,
               int pass, Mode mode, LayoutMemo* memo = nullptr);

    // Lays out every page; `Found()` then holds where things landed.
    void Layout();
    const PageAnchors& Found() const { return m_found; }
    int PageCount() const { return m_pageCount; }
    // Adds links and bookmarks and writes the file (Draw mode only, once Found() equals the
    // anchors given).
    RenderPlan Finish(const std::filesystem::path& out);

private:
    struct Link {
        int page;
        PoDoFo::PdfRect rect;
        int target;
    };
    struct Stamp {
        const dossier::Exhibit* exhibit;
        int page, pages;
    };

    // pages (DrawPages.cpp)
    void NewPage();
    void EndPage();
    void Ensure(double height);
    void CheckCancel();
    void Progress(double within, const std::string& message);
    void DrawFooter();
    void DrawStamp(const Stamp& stamp);
    void AddLinks();
    void AddBookmarks();
    std::string PageRange(int first, int last) const;
    // "LMO000003–LMO000007": the Bates numbers of an exhibit's own pages, from the previous
    // pass; nothing without Bates numbering or pages.
    std::optional<std::string> BatesRange(int exhibitNumber) const;
    void FindBatesRanges(); // from the anchors, once per pass

    // blocks (DrawBlocks.cpp)
    void DrawSection(const dossier::Section& section);
    void DrawBlock(const dossier::Paragraph& p);
    void DrawBlock(const dossier::Spacer& s);
    void DrawBlock(const dossier::KeyValueList& kv);
    void DrawBlock(const dossier::SignatureBlock& s);
    void DrawBlock(const dossier::Table& t);
    void DrawBlock(const dossier::ContentsPlaceholder&);
    void DrawBlock(const dossier::ExhibitIndexPlaceholder&);
    void Lines(const std::vector<StyledLine>& lines, double x, double width, double size, dossier::Align align,
               Color color = {});
    void KeyValues(const std::vector<std::pair<std::string, std::string>>& items, double size);
    void TableHeader(const std::vector<dossier::Column>& columns, const std::vector<double>& widths, double size);
    std::vector<double> TableWidths(const std::vector<dossier::Column>& columns,
                                    const std::vector<dossier::TableRow>& rows, double size, int monoColumn);
    // `fixedRows`: `rows` when they belong to the document and so are the same in every pass
    // (their column widths are then measured once).
    void DrawTable(const std::vector<dossier::Column>& columns, const std::vector<dossier::TableRow>& rows,
                   bool compact, const std::vector<int>* rowLinks = nullptr, int monoColumn = -1,
                   const std::vector<dossier::TableRow>* fixedRows = nullptr);
    void ContentsEntry(const std::string& title, int page, double indent);

    // exhibits (DrawExhibits.cpp)
    void DrawExhibit(const dossier::Exhibit& e);
    void DrawSeparator(const dossier::Exhibit& e);
    void DrawImage(const dossier::Exhibit& e);
    void DrawTextExhibit(const dossier::Exhibit& e);
    void Notice(const std::string& text, FontStyle style);

    const dossier::DossierDocument& m_d;
    const PageAnchors& m_anchors;
    const DrawOptions& m_options;
    int m_pass;
    Mode m_mode;
    LayoutMemo* m_memo;
    std::unique_ptr<PoDoFo::PdfMemDocument> m_doc;
    std::unique_ptr<DrawCanvas> m_canvas;
    double m_width, m_height, m_left, m_right, m_top, m_bottom, m_y = 0;
    int m_pageIndex = -1, m_pageCount = 0, m_bodyPages = -1;
    PageAnchors m_found;
    std::vector<const dossier::Section*> m_sectionOrder;
    std::vector<Link> m_links;
    std::vector<ExhibitPagePlacement> m_placements;
    std::optional<Stamp> m_stamp; // set while an exhibit's own pages are drawn
    std::int64_t m_batesNext = 0; // the Bates number of the next stamped page
    std::map<int, std::string> m_batesRanges; // exhibit number -> its range, from the anchors
    // Pages made outside PoDoFo's page tree and added to it in one go at the end: CreatePage and
    // GetPage(i) are quadratic in the page count (minutes for 5,000 pages), and a PdfPage* from
    // CreatePage dangles after the next one.
    std::vector<std::unique_ptr<PoDoFo::PdfPage>> m_pages;
    std::vector<std::string> m_warnings;
};

// "{n}" style placeholders replaced in a fixed text.
std::string FillTemplate(std::string text, const std::vector<std::pair<std::string, std::string>>& values);

} // namespace reclama::pdf
