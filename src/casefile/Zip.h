#pragma once
// The .reclama container: a ZIP of case.json and files/, extracted with limits against hostile archives.

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace reclama::casefile {

// True when `file` starts with a ZIP signature.
bool LooksLikeZip(const std::filesystem::path& file);

// Extracts every entry of `zipFile` into the existing empty folder `dest`. Refuses (InputError
// naming the ZIP) entry names that are absolute or contain "..", duplicate names, more than
// `maxEntries` entries, and more than `maxBytes` in total once decompressed (counted while
// writing, not trusted from the directory).
void ExtractZip(const std::filesystem::path& zipFile, const std::filesystem::path& dest,
                std::uint64_t maxBytes, std::uint64_t maxEntries);

// One entry to write: its name inside the ZIP and either the file to copy or the bytes themselves.
struct ZipEntry {
    std::string name;
    std::filesystem::path file; // used when not empty
    std::string bytes;
};

// Writes a new ZIP at `zipFile` (which must not exist) holding `entries`, deflated.
void WriteZip(const std::filesystem::path& zipFile, const std::vector<ZipEntry>& entries);

} // namespace reclama::casefile
