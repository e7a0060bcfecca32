#pragma once
// The manifest of a dossier's exhibits (label, original file name, size, SHA-256) travels inside
// the PDF as the document-information key /ReclamaManifest, a text string holding JSON:
//   {"format":"reclama-manifest","version":1,"case":"…","files":[{"label","file","title","size","sha256"}]}
// It is not an attachment, so the dossier carries no embedded files.

#include <filesystem>
#include <optional>
#include <string>

namespace reclama::pdf {

inline constexpr const char* kManifestKey = "/ReclamaManifest";

// The manifest JSON of a dossier, or nullopt when it has none. Throws Error when the file cannot
// be read as a PDF.
std::optional<std::string> ReadManifest(const std::filesystem::path& pdf);

} // namespace reclama::pdf
