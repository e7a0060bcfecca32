#pragma once
// The words of an attachment that full-text search indexes.

#include "evidence/MediaType.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace reclama::evidence {

// At most this many bytes of text are read and returned per file.
inline constexpr std::size_t kMaxSearchTextBytes = 1u << 20;

// Text to index: a text file as UTF-8 (invalid bytes replaced), an e-mail as subject, sender and
// body, nothing for other types (PDF text is not extracted in this process). Valid UTF-8, at most
// kMaxSearchTextBytes. A text file that cannot be opened throws reclama::InputError; an e-mail
// that cannot be parsed gives empty text.
std::string ExtractSearchText(const std::filesystem::path& path, EvidenceType type);

} // namespace reclama::evidence
