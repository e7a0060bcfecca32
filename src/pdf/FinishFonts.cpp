#include "FinishFonts.h"

#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <set>

namespace reclama::pdf {

namespace {

bool IsPresentationForm(unsigned unit) {
    return (unit >= 0xFB50 && unit <= 0xFDFF) || (unit >= 0xFE70 && unit <= 0xFEFF);
}

bool IsHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// "<FEE3>" -> "<0645>"; other hex strings unchanged.
std::string Letters(const std::string& hex) {
    if (hex.size() != 4) return hex;
    unsigned unit = static_cast<unsigned>(std::stoul(hex, nullptr, 16));
    if (!IsPresentationForm(unit)) return hex;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return hex;
    icu::UnicodeString letters = nfkc->normalize(icu::UnicodeString(static_cast<UChar>(unit)), status);
    if (U_FAILURE(status) || letters.isEmpty()) return hex;
    std::string out;
    char buffer[8];
    for (int32_t i = 0; i < letters.length(); ++i) {
        std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(letters.charAt(i)));
        out += buffer;
    }
    return out;
}

} // namespace

std::string MapPresentationFormsToLetters(const std::string& cmap) {
    // Destinations are the hex strings inside [ ] of a bfrange and the second one of each bfchar
    // line; sources are glyph ids and stay as they are.
    std::string out;
    bool inArray = false, inChars = false;
    int onLine = 0; // hex strings seen on this line of a bfchar block
    for (std::size_t i = 0; i < cmap.size();) {
        char c = cmap[i];
        if (cmap.compare(i, 11, "beginbfchar") == 0) inChars = true;
        if (cmap.compare(i, 9, "endbfchar") == 0) inChars = false;
        if (c == '[') inArray = true;
        if (c == ']') inArray = false;
        if (c == '\n') onLine = 0;
        if (c == '<' && i + 1 < cmap.size() && cmap[i + 1] != '<') {
            std::size_t end = i + 1;
            while (end < cmap.size() && IsHex(cmap[end])) ++end;
            if (end < cmap.size() && cmap[end] == '>') {
                std::string hex = cmap.substr(i + 1, end - i - 1);
                ++onLine;
                bool destination = inArray || (inChars && onLine == 2);
                out += '<' + (destination ? Letters(hex) : hex) + '>';
                i = end + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

void MapPresentationFormsToLetters(QPDF& drawn) {
    std::set<QPDFObjGen> done;
    for (auto& page : QPDFPageDocumentHelper(drawn).getAllPages()) {
        QPDFObjectHandle fonts = page.getAttribute("/Resources", false).getKey("/Font");
        if (!fonts.isDictionary()) continue;
        for (auto& [name, font] : fonts.ditems()) {
            QPDFObjectHandle map = font.getKey("/ToUnicode");
            if (!map.isStream() || !done.insert(map.getObjGen()).second) continue;
            auto data = map.getStreamData(qpdf_dl_generalized);
            std::string text(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
            std::string mapped = MapPresentationFormsToLetters(text);
            if (mapped != text) map.replaceStreamData(mapped, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        }
    }
}

} // namespace reclama::pdf
