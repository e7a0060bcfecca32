#pragma once
// The dossier's fonts: DejaVu Sans (regular, bold, oblique, mono) embedded as subsets with
// Identity encoding, so every character is searchable and copyable; text measuring; and a
// report of characters the fonts cannot show.

#include <podofo/podofo.h>

#include <filesystem>
#include <set>
#include <string>

namespace reclama::pdf {

enum class FontStyle { Regular, Bold, Oblique, Mono };

class Fonts {
public:
    explicit Fonts(PoDoFo::PdfMemDocument& doc);

    PoDoFo::PdfFont* Get(FontStyle style, double size);
    double Width(const std::string& utf8, FontStyle style, double size);

    // Characters of `utf8` that DejaVu has no glyph for (each reported once per document).
    std::set<std::string> Missing(const std::string& utf8);

    // Where the DejaVu files are: RECLAMA_FONT_DIR, else the Debian location.
    static std::filesystem::path FontDir();

private:
    PoDoFo::PdfMemDocument& m_doc;
    PoDoFo::PdfFont* m_fonts[4] = {nullptr, nullptr, nullptr, nullptr};
};

PoDoFo::PdfString Utf8(const std::string& text);

} // namespace reclama::pdf
