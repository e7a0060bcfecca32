#pragma once
// Conversions between the UTF-8 std::string of the lower layers and wxString, in one place so
// that no narrow non-ASCII literal ever becomes an empty wxString by accident.

#include <wx/string.h>

#include <string>
#include <string_view>

namespace reclama::gui {

inline wxString ToWx(std::string_view utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

inline std::string ToUtf8(const wxString& text) {
    const wxScopedCharBuffer buffer = text.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

} // namespace reclama::gui
