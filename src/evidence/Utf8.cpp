// UTF-8 repair through GLib, which GMime already brings in.
#include "evidence/Utf8.h"

#include <glib.h>

#include <memory>

namespace reclama::evidence {
namespace {

struct GFreeDeleter {
    void operator()(gchar* p) const { g_free(p); }
};
using GString_ = std::unique_ptr<gchar, GFreeDeleter>;

std::string ConvertFrom(std::string_view bytes, const char* charset) {
    gsize written = 0;
    GString_ converted(g_convert_with_fallback(bytes.data(), static_cast<gssize>(bytes.size()),
                                               "UTF-8", charset, "\xEF\xBF\xBD", nullptr, &written,
                                               nullptr));
    if (!converted) {
        return MakeValidUtf8(bytes);
    }
    return MakeValidUtf8(std::string_view(converted.get(), written));
}

} // namespace

std::string MakeValidUtf8(std::string_view bytes) {
    if (g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), nullptr)) {
        return std::string(bytes);
    }
    GString_ valid(g_utf8_make_valid(bytes.data(), static_cast<gssize>(bytes.size())));
    return valid ? std::string(valid.get()) : std::string();
}

std::string TextBytesToUtf8(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        return MakeValidUtf8(bytes.substr(3));
    }
    if (bytes.substr(0, 2) == "\xFF\xFE") {
        return ConvertFrom(bytes.substr(2), "UTF-16LE");
    }
    if (bytes.substr(0, 2) == "\xFE\xFF") {
        return ConvertFrom(bytes.substr(2), "UTF-16BE");
    }
    return MakeValidUtf8(bytes);
}

std::string TruncateUtf8(std::string text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) {
        return text;
    }
    std::size_t cut = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    text.resize(cut);
    return text;
}

} // namespace reclama::evidence
