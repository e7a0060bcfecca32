#include "Fonts.h"

#include "core/Error.h"

#include <unicode/unistr.h>

#include <cstdlib>

namespace reclama::pdf {
namespace fs = std::filesystem;
using namespace PoDoFo;

namespace {

constexpr const char* kFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                  "DejaVuSansMono.ttf"};

// Where Debian, Fedora/Arch and a few others put DejaVu.
constexpr const char* kSystemDirs[] = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
                                       "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu-sans-fonts",
                                       "/usr/local/share/fonts/dejavu"};

} // namespace

PdfString Utf8(const std::string& text) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

fs::path Fonts::FindFontDir(const fs::path& preferred) {
    std::vector<fs::path> tried;
    if (!preferred.empty()) tried.push_back(preferred);
    else if (const char* env = std::getenv("RECLAMA_FONT_DIR"); env && *env) tried.emplace_back(env);
    else
        for (const char* dir : kSystemDirs) tried.emplace_back(dir);
    std::string names;
    for (const auto& dir : tried) {
        std::error_code ec;
        if (fs::exists(dir / kFiles[0], ec)) return dir;
        names += (names.empty() ? "" : ", ") + dir.string();
    }
    throw Error("the DejaVu fonts were not found in " + names +
                "; install the fonts-dejavu-core package or set RECLAMA_FONT_DIR");
}

Fonts::Fonts(PdfMemDocument& doc, fs::path fontDir) : m_doc(doc), m_dir(FindFontDir(fontDir)) {}

PdfFont* Fonts::Get(FontStyle style, double size) {
    int index = static_cast<int>(style);
    if (!m_fonts[index]) {
        fs::path file = m_dir / kFiles[index];
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
    // The sum PoDoFo's StringWidth makes (each UTF-16 unit's advance, no kerning), with each
    // advance looked up once: text is measured many times over while it is wrapped and laid out.
    double total = 0;
    const PdfFontMetrics* metrics = nullptr;
    icu::UnicodeString units = icu::UnicodeString::fromUTF8(utf8);
    for (int32_t i = 0; i < units.length(); ++i) {
        std::uint32_t key = static_cast<std::uint32_t>(style) << 16 | units.charAt(i);
        auto found = m_advance.find(key);
        if (found == m_advance.end()) {
            if (!metrics) metrics = Get(style, 1)->GetFontMetrics();
            found = m_advance.emplace(key, metrics->UnicodeCharWidth(units.charAt(i))).first;
        }
        total += found->second;
    }
    return total * size;
}

std::vector<char32_t> Fonts::Missing(const std::string& utf8, FontStyle style) {
    std::vector<char32_t> missing;
    const PdfFontMetrics* metrics = nullptr;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        char32_t c = static_cast<char32_t>(u.char32At(i));
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x00a0 || c == 0x202f || c == 0x200b) continue;
        auto key = std::make_pair(static_cast<int>(style), c);
        auto found = m_covered.find(key);
        if (found == m_covered.end()) {
            if (!metrics) metrics = Get(style, 10)->GetFontMetrics();
            // Identity encoding writes UTF-16 code units: characters outside the BMP cannot be
            // drawn even when the font has them.
            bool covered = c <= 0xffff && metrics->GetGlyphId(static_cast<long>(c)) != 0;
            found = m_covered.emplace(key, covered).first;
        }
        if (!found->second) missing.push_back(c);
    }
    return missing;
}

} // namespace reclama::pdf
