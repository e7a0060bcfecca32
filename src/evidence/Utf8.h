#pragma once
// Turning bytes of unknown quality into UTF-8 text that is safe to index and display.

#include <cstddef>
#include <string>
#include <string_view>

namespace reclama::evidence {

// The bytes as UTF-8: a UTF-8 byte-order mark is dropped, UTF-16 with a byte-order mark is
// converted, and every invalid byte sequence becomes U+FFFD.
std::string TextBytesToUtf8(std::string_view bytes);

// Valid UTF-8 with invalid sequences replaced by U+FFFD.
std::string MakeValidUtf8(std::string_view bytes);

// At most `maxBytes` of valid UTF-8, cut at a character boundary.
std::string TruncateUtf8(std::string text, std::size_t maxBytes);

} // namespace reclama::evidence
