#include "Fonts.h"

#include "core/Error.h"

#include <unicode/unistr.h>

#include <cstdlib>

namespace reclama::pdf {
namespace fs = std::filesystem;
using namespace PoDoFo;

PdfString Utf8(const std::string& text) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

fs::path Fonts::FontDir() {
    if (const char* env = std::getenv("RECLAMA_FONT_DIR"); env && *env) return env;
    return "/usr/share/fonts/truetype/dejavu";
}

Fonts::Fonts(PdfMemDocument& doc) : m_doc(doc) {}

PdfFont* Fonts::Get(FontStyle style, double size) {
    int index = static_cast<int>(style);
    if (!m_fonts[index]) {
        static const char* files[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                      "DejaVuSansMono.ttf"};
        fs::path file = FontDir() / files[index];
        if (!fs::exists(file)) {
            throw Error("the font " + file.string() + " is missing; install the fonts-dejavu-core package");
        }
        m_fonts[index] = m_doc.CreateFontSubset(
            style == FontStyle::Mono ? "DejaVu Sans Mono" : "DejaVu Sans", style == FontStyle::Bold,
            style == FontStyle::Oblique, false, PdfEncodingFactory::GlobalIdentityEncodingInstance(),
            file.c_str());
        if (!m_fonts[index]) throw Error("cannot load the font " + file.string());
    }
    m_fonts[index]->SetFontSize(static_cast<float>(size));
    return m_fonts[index];
}

double Fonts::Width(const std::string& utf8, FontStyle style, double size) {
    if (utf8.empty()) return 0;
    return Get(style, size)->GetFontMetrics()->StringWidth(Utf8(utf8));
}

std::set<std::string> Fonts::Missing(const std::string& utf8) {
    std::set<std::string> missing;
    const PdfFontMetrics* metrics = Get(FontStyle::Regular, 10)->GetFontMetrics();
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    for (int32_t i = 0; i < u.length();) {
        UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c < 0x20 || c == 0x00a0 || c == 0x202f) continue;
        if (metrics->GetGlyphId(c) == 0) {
            std::string one;
            icu::UnicodeString(c).toUTF8String(one);
            missing.insert(one);
        }
    }
    return missing;
}

} // namespace reclama::pdf
