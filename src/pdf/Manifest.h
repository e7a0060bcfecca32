#pragma once
// The manifest of a dossier's exhibits: what each original is (label, file name, size, SHA-256)
// and which pages it occupies, so that anyone holding the PDF can check the originals against it.
//
// It travels inside the PDF as the document-information (/Info) key /ReclamaManifest, a text
// string holding JSON:
//   {"format":"reclama-manifest","version":1,"case":"…",
//    "files":[{"number","label","title","file","size","sha256","pages","first_page","last_page"}],
//    "this_file":{"kind":"whole|volume|main|exhibit","pages","first_page","last_page",
//                 "volume","volumes","exhibit"}}
// Page numbers are the printed ones ("Página N de M"), counted over the whole dossier, so they
// stay meaningful when the dossier is split into volumes or one file per exhibit. "this_file"
// says which of those pages the file holds. It is metadata, not an attachment: a dossier carries
// no embedded files.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::pdf {

inline constexpr const char* kManifestKey = "/ReclamaManifest";

struct ManifestEntry {
    int number = 0;        // exhibit number, 1-based
    std::string label;     // "Documento nº 3"
    std::string title;     // "Factura de enero"
    std::string file;      // original file name
    std::int64_t size = 0; // bytes of the original
    std::string sha256;    // of the original
    int pages = 0;         // dossier pages the exhibit occupies, separator included (0: unknown)
    int firstPage = 0;     // printed number of its first page (0: unknown)
};

// The manifest JSON text for these exhibits.
std::string BuildManifestJson(const std::string& caseTitle,
                              const std::vector<ManifestEntry>& entries);

// The entries of a manifest JSON text. Throws InputError when it is not a Reclama manifest.
std::vector<ManifestEntry> ParseManifest(const std::string& manifestJson);

// The manifest JSON of a dossier, or nullopt when it has none. Throws Error when the file cannot
// be read as a PDF.
std::optional<std::string> ReadManifest(const std::filesystem::path& pdf);

} // namespace reclama::pdf
