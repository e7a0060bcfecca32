#pragma once
// The dossier's fonts: DejaVu Sans (regular, bold, oblique) and DejaVu Sans Mono, embedded as
// subsets with Identity encoding so every character is searchable and copyable; text measuring;
// and which characters a font has no glyph for.

#include "TextLayout.h"

#include <podofo/podofo.h>

#include <filesystem>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <string>
#include <vector>

namespace reclama::pdf {

class Fonts {
public:
    // `fontDir` empty: RECLAMA_FONT_DIR, else the usual system font folders.
    Fonts(PoDoFo::PdfMemDocument& doc, std::filesystem::path fontDir = {});

    PoDoFo::PdfFont* Get(FontStyle style, double size);
    // Width of text as drawn (already shaped) in points.
    double Width(const std::string& utf8, FontStyle style, double size);
    // Code points of `utf8` the style's font has no glyph for (control characters ignored).
    std::vector<char32_t> Missing(const std::string& utf8, FontStyle style);

    // The folder holding DejaVuSans.ttf: `preferred` if given, else RECLAMA_FONT_DIR, else the
    // first of the usual system font folders that has it. Throws naming the folders tried.
    static std::filesystem::path FindFontDir(const std::filesystem::path& preferred = {});

private:
    PoDoFo::PdfMemDocument& m_doc;
    std::filesystem::path m_dir;
    PoDoFo::PdfFont* m_fonts[4] = {nullptr, nullptr, nullptr, nullptr};
    std::map<std::pair<int, char32_t>, bool> m_covered; // glyph lookups are per character
    std::unordered_map<std::uint32_t, double> m_advance;  // (style, UTF-16 unit) -> width at 1 pt
};

PoDoFo::PdfString Utf8(const std::string& text);

} // namespace reclama::pdf
