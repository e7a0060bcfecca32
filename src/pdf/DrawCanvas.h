#pragma once
// Where the drawer's text and shapes go: one page or XObject at a time, text in the dossier's
// fonts with right-to-left runs shaped, reordered and marked with /ActualText, and a record of
// every character the fonts cannot show and where it was (never silently dropped).

#include "Fonts.h"
#include "LayoutMemo.h"
#include "TextLayout.h"

#include <podofo/podofo.h>

#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace reclama::pdf {

struct Color {
    double r = 0, g = 0, b = 0;
};

class DrawCanvas {
public:
    DrawCanvas(PoDoFo::PdfMemDocument& doc, const std::filesystem::path& fontDir);
    ~DrawCanvas();
    DrawCanvas(const DrawCanvas&) = delete;
    DrawCanvas& operator=(const DrawCanvas&) = delete;

    // Measuring only: every drawing call does nothing while widths, wrapping and page breaks work
    // as usual. The layout passes that only find page numbers run like this; PoDoFo's text
    // output is most of the drawing time.
    void SetMeasureOnly(bool measureOnly) { m_measureOnly = measureOnly; }
    // Wrapped lines are kept in `memo` (may be null) and taken from it by later passes.
    void SetMemo(LayoutMemo* memo) { m_memo = memo; }
    bool MeasureOnly() const { return m_measureOnly; }

    void Begin(PoDoFo::PdfCanvas* target);
    void End();
    bool IsOpen() const { return m_open; }

    // Names the part of the dossier being drawn, for warnings ("section Hechos", "Documento nº 3").
    void SetWhere(std::string where) { m_where = std::move(where); }

    double Width(const std::string& text, FontStyle style, double size);
    double LineWidth(const StyledLine& line, double size);
    std::vector<std::string> Wrap(const std::string& text, double width, FontStyle style, double size);
    std::vector<StyledLine> WrapRuns(const std::vector<StyledText>& runs, double width, double size);
    std::string Ellipsize(const std::string& text, double width, FontStyle style, double size);

    // `y` is the baseline.
    void Text(double x, double y, const std::string& text, FontStyle style, double size, Color color = {});
    void Line(double x, double y, const StyledLine& line, double size, Color color = {});

    void FillRect(double x, double y, double w, double h, Color color);
    void StrokeRect(double x, double y, double w, double h, Color color, double lineWidth);
    void Rule(double x1, double y1, double x2, double y2, Color color, double lineWidth);
    void Place(double x, double y, PoDoFo::PdfXObject* object);
    // Paints the XObject named `name` as it is ("/name Do"); the page's resources must get it
    // from elsewhere (the finishing stage, for exhibit pages).
    void PaintNamed(const std::string& name);
    void Image(double x, double y, PoDoFo::PdfImage* image, double scaleX, double scaleY);

    // One sentence per character the fonts cannot show, with where it appeared.
    std::vector<std::string> Warnings() const;

private:
    class Painter : public PoDoFo::PdfPainter {
    public:
        void Raw(const std::string& operators) { m_pCanvas->Append(operators); }
    };

    FontStyle Usable(const std::string& shaped, FontStyle style);
    // Operators go to m_ops and reach the page in one piece: before the painter draws anything
    // itself, and when the page ends.
    void Flush();
    void FillColor(Color color);
    void StrokeColor(Color color, double lineWidth);
    void Piece(double x, double y, const std::string& visual, const std::string& actual, FontStyle style,
               double size);
    void Record(const std::string& shaped, FontStyle style);

    Fonts m_fonts;
    Painter m_painter;
    bool m_open = false;
    PoDoFo::PdfCanvas* m_target = nullptr;
    std::string m_ops;
    std::set<PoDoFo::PdfFont*> m_targetFonts; // fonts already in the target's resources
    bool m_measureOnly = false;
    LayoutMemo* m_memo = nullptr;
    std::string m_where;
    std::set<std::pair<char32_t, std::string>> m_seen;
    std::vector<std::pair<char32_t, std::string>> m_missing; // in order of appearance
};

} // namespace reclama::pdf
