#include "DrawCanvas.h"

#include "ContentOps.h"
#include "TextBidi.h"

#include <unicode/unistr.h>

#include <cstdio>

namespace reclama::pdf {
using namespace PoDoFo;

namespace {

bool IsAscii(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

// Arabic (U+0600–U+06FF, UTF-8 lead bytes D8–DB) is the only script here that needs shaping.
bool MayNeedShaping(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0xD8 && c <= 0xDB) return true;
    return false;
}

// A PDF text string (UTF-16BE with byte order mark) written as a hex string.
std::string HexTextString(const std::string& utf8) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::string out = "<FEFF";
    char buffer[8];
    for (int32_t i = 0; i < u.length(); ++i) {
        std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(u.charAt(i)));
        out += buffer;
    }
    return out + ">";
}

} // namespace

DrawCanvas::DrawCanvas(PdfMemDocument& doc, const std::filesystem::path& fontDir) : m_fonts(doc, fontDir) {}

DrawCanvas::~DrawCanvas() {
    try {
        End(); // after a failure mid-page: PoDoFo only logs an unfinished page
    } catch (...) {
    }
}

void DrawCanvas::Begin(PdfCanvas* target) {
    End();
    if (!m_measureOnly) m_painter.SetPage(target);
    m_target = target;
    m_targetFonts.clear();
    m_open = true;
}

void DrawCanvas::End() {
    if (m_open && !m_measureOnly) {
        Flush();
        m_painter.FinishPage();
    }
    m_open = false;
}

FontStyle DrawCanvas::Usable(const std::string& shaped, FontStyle style) {
    // Bold and oblique DejaVu cover fewer scripts than regular: fall back rather than show boxes.
    if (style == FontStyle::Regular || IsAscii(shaped)) return style;
    if (m_fonts.Missing(shaped, style).empty()) return style;
    return m_fonts.Missing(shaped, FontStyle::Regular).empty() ? FontStyle::Regular : style;
}

double DrawCanvas::Width(const std::string& text, FontStyle style, double size) {
    if (text.empty()) return 0;
    std::string shaped = MayNeedShaping(text) ? ShapeArabic(text) : text;
    return m_fonts.Width(shaped, Usable(shaped, style), size);
}

double DrawCanvas::LineWidth(const StyledLine& line, double size) {
    double total = 0;
    for (const auto& piece : line) total += Width(piece.text, piece.style, size);
    return total;
}

std::vector<std::string> DrawCanvas::Wrap(const std::string& text, double width, FontStyle style, double size) {
    auto wrap = [&] { return WrapText(text, width, [&](const std::string& s) { return Width(s, style, size); }); };
    if (!m_memo) return wrap();
    std::string key(reinterpret_cast<const char*>(&width), sizeof width);
    key.append(reinterpret_cast<const char*>(&size), sizeof size);
    key += static_cast<char>(style);
    key += text;
    auto found = m_memo->wraps.find(key);
    if (found == m_memo->wraps.end()) found = m_memo->wraps.emplace(std::move(key), wrap()).first;
    return found->second;
}

std::vector<StyledLine> DrawCanvas::WrapRuns(const std::vector<StyledText>& runs, double width, double size) {
    return WrapStyled(runs, width, [&](const std::string& s, FontStyle style) { return Width(s, style, size); });
}

std::string DrawCanvas::Ellipsize(const std::string& text, double width, FontStyle style, double size) {
    return EllipsizeText(text, width, [&](const std::string& s) { return Width(s, style, size); });
}

void DrawCanvas::Record(const std::string& shaped, FontStyle style) {
    if (IsAscii(shaped)) return;
    for (char32_t c : m_fonts.Missing(shaped, style)) {
        if (m_seen.emplace(c, m_where).second) m_missing.emplace_back(c, m_where);
    }
}

void DrawCanvas::Flush() {
    if (m_ops.empty()) return;
    m_painter.Raw(m_ops);
    m_ops.clear();
}

void DrawCanvas::FillColor(Color color) {
    ops::Op(m_ops, "rg", {color.r, color.g, color.b});
}

void DrawCanvas::StrokeColor(Color color, double lineWidth) {
    ops::Op(m_ops, "RG", {color.r, color.g, color.b});
    ops::Op(m_ops, "w", {lineWidth});
}

void DrawCanvas::Piece(double x, double y, const std::string& visual, const std::string& actual, FontStyle style,
                       double size) {
    // What PdfPainter::DrawText does (resources, subset glyphs, Identity-H codes), written
    // directly: see ContentOps.h.
    FontStyle used = Usable(visual, style);
    Record(visual, used);
    PdfFont* font = m_fonts.Get(used, size);
    if (m_targetFonts.insert(font).second)
        m_target->AddResource(font->GetIdentifier(), font->GetObject()->Reference(), PdfName("Font"));
    PdfString text = Utf8(visual);
    if (font->IsSubsetting()) font->AddUsedSubsettingGlyphs(text, static_cast<long>(text.GetCharacterLength()));
    PdfRefCountedBuffer codes = font->GetEncoding()->ConvertToEncoding(text, font);
    bool marked = visual != actual;
    if (marked) m_ops += "/Span <</ActualText " + HexTextString(actual) + ">> BDC\n";
    m_ops += "BT /";
    m_ops += font->GetIdentifier().GetName();
    m_ops += ' ';
    ops::Op(m_ops, "Tf", {size});
    ops::Op(m_ops, "Td", {x, y});
    ops::Hex(m_ops, std::string_view(codes.GetBuffer(), codes.GetSize()));
    m_ops += " Tj ET\n";
    if (marked) m_ops += "EMC\n";
}

void DrawCanvas::Text(double x, double y, const std::string& text, FontStyle style, double size, Color color) {
    if (text.empty()) return;
    Line(x, y, StyledLine{{text, style}}, size, color);
}

void DrawCanvas::Line(double x, double y, const StyledLine& line, double size, Color color) {
    if (m_measureOnly) return;
    FillColor(color);
    std::string text = LineText(line);
    if (IsAscii(text) || !HasRightToLeft(text)) {
        for (const auto& piece : line) {
            if (piece.text.empty()) continue;
            Piece(x, y, piece.text, piece.text, piece.style, size);
            x += Width(piece.text, piece.style, size);
        }
        return;
    }
    // Byte ranges of the pieces, to give each visual run the style of the text it came from.
    std::vector<std::size_t> starts;
    std::size_t at = 0;
    for (const auto& piece : line) {
        starts.push_back(at);
        at += piece.text.size();
    }
    auto styleAt = [&](std::size_t offset) {
        FontStyle style = line.empty() ? FontStyle::Regular : line.front().style;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (starts[i] <= offset) style = line[i].style;
        return style;
    };
    for (const auto& run : VisualRuns(text)) {
        if (run.rightToLeft) {
            FontStyle style = styleAt(run.logicalStart);
            Piece(x, y, run.visual, run.logical, style, size);
            x += m_fonts.Width(run.visual, Usable(run.visual, style), size);
            continue;
        }
        std::size_t from = run.logicalStart, to = run.logicalStart + run.logical.size();
        for (std::size_t i = 0; i < line.size(); ++i) {
            std::size_t a = std::max(from, starts[i]), b = std::min(to, starts[i] + line[i].text.size());
            if (a >= b) continue;
            std::string part = text.substr(a, b - a);
            Piece(x, y, part, part, line[i].style, size);
            x += Width(part, line[i].style, size);
        }
    }
}

void DrawCanvas::FillRect(double x, double y, double w, double h, Color color) {
    if (m_measureOnly) return;
    FillColor(color);
    ops::Op(m_ops, "re", {x, y, w, h});
    m_ops += "f\n";
}

void DrawCanvas::StrokeRect(double x, double y, double w, double h, Color color, double lineWidth) {
    if (m_measureOnly) return;
    StrokeColor(color, lineWidth);
    ops::Op(m_ops, "re", {x, y, w, h});
    m_ops += "S\n";
}

void DrawCanvas::Rule(double x1, double y1, double x2, double y2, Color color, double lineWidth) {
    if (m_measureOnly) return;
    StrokeColor(color, lineWidth);
    ops::Op(m_ops, "m", {x1, y1});
    ops::Op(m_ops, "l", {x2, y2});
    m_ops += "S\n";
}

void DrawCanvas::Place(double x, double y, PdfXObject* object) {
    if (m_measureOnly) return;
    Flush();
    m_painter.DrawXObject(x, y, object);
}

void DrawCanvas::PaintNamed(const std::string& name) {
    if (m_measureOnly) return;
    m_ops += "/" + name + " Do\n";
}

void DrawCanvas::Image(double x, double y, PdfImage* image, double scaleX, double scaleY) {
    if (m_measureOnly) return;
    Flush();
    m_painter.DrawImage(x, y, image, scaleX, scaleY);
}

std::vector<std::string> DrawCanvas::Warnings() const {
    std::vector<std::string> out;
    for (const auto& [c, where] : m_missing) {
        std::string one;
        icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(one);
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        out.push_back("the character \"" + one + "\" (" + code + ") in " + where +
                      " cannot be shown by the dossier's font (DejaVu Sans) and appears as an empty box");
    }
    return out;
}

} // namespace reclama::pdf
