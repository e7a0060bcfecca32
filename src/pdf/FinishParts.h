#pragma once
// Writing one file of a multi-file export (a volume, the main document, one exhibit) from the
// complete finished dossier, with its own page labels, title, manifest and navigation.

#include "FinishWrite.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace reclama::pdf {

struct PartFile {
    std::vector<int> pages;     // 0-based indices in the whole dossier, ascending
    std::filesystem::path path; // where the part finally goes (links between parts use it)
    std::string titleSuffix;    // "Tomo 1 de 3", "Documento nº 3"
    std::string manifestJson;   // the whole dossier's manifest plus this file's "this_file"
};

struct PartSource {
    std::filesystem::path whole; // the complete finished dossier
    DocumentInfo info;           // of the whole dossier; each part's title gets its suffix
    const std::atomic<bool>* cancel = nullptr;
};

// Writes `parts[index]` to `target` (a temporary path); links to pages held by other parts
// open those files. Returns the size written, in bytes.
std::int64_t WritePart(const PartSource& source, const std::vector<PartFile>& parts,
                       std::size_t index, const std::filesystem::path& target);

// "documento-no-3" for "Documento nº 3": ASCII letters (accents dropped) and digits, in lower
// case, joined by '-'; `fallback` when nothing is left.
std::string Slug(const std::string& utf8, const std::string& fallback);

} // namespace reclama::pdf
