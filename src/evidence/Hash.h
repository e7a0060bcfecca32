#pragma once
// SHA-256 fingerprints of evidence: the identity under which a file is stored and cited.

#include <filesystem>
#include <string>
#include <string_view>

namespace reclama::evidence {

// SHA-256 of a file's bytes as 64 lowercase hex digits, read in chunks (any size).
// Throws reclama::InputError naming the file when it cannot be read.
std::string Sha256File(const std::filesystem::path& path);

// SHA-256 of bytes in memory as 64 lowercase hex digits.
std::string Sha256Bytes(std::string_view bytes);

} // namespace reclama::evidence
