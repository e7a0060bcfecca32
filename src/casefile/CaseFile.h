#pragma once
// Reading and writing the case interchange file (case.json + files/, or a .reclama ZIP) as a core::Case.

#include "casefile/RecordJson.h"
#include "casefile/TempDir.h"
#include "core/Model.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace reclama::casefile {

struct CaseFileContents {
    core::Case c;                                                   // record ids 1..n per kind, in file order
    std::map<core::RecordId, std::filesystem::path> documentFiles; // document id -> file to read
    std::vector<std::string> warnings;                             // "/case/foo: unknown field, ignored"
    // When the input was a ZIP, the files above live in this private folder, removed with the contents.
    TempDir extracted;
};

// Bounds on what a read may cost; anything beyond them is refused, not truncated.
struct ReadLimits {
    std::uint64_t maxUnzippedBytes = 2ull << 30; // all entries of a .reclama ZIP, once unpacked
    std::uint64_t maxZipEntries = 100'000;
    std::uint64_t maxJsonBytes = 512ull << 20;   // case.json itself
    std::size_t maxJsonDepth = 64;               // nesting of arrays/objects in case.json
};

// Reads a case.json, a folder holding case.json, or a .reclama ZIP. Throws InputError naming the
// JSON pointer ("/case/contacts/3/at") or the file for anything refused; nothing half-read escapes.
CaseFileContents ReadCaseFile(const std::filesystem::path& path,
                              std::uint64_t maxUnzippedBytes = 2ull << 30);
CaseFileContents ReadCaseFile(const std::filesystem::path& path, const ReadLimits& limits);

// Where the bytes of a document are (the store's object file).
using ObjectPathOf = std::function<std::filesystem::path(const core::Document&)>;

// Writes outDir/case.json and outDir/files/. outDir must not exist or be empty (else InputError).
// Everything is written beside outDir first and renamed into place, so a failure leaves nothing.
void WriteCaseFile(const core::Case& c, const ObjectPathOf& objectPathOf,
                   const std::filesystem::path& outDir);

// The same as one .reclama ZIP (case.json + files/), written to a temporary file and renamed.
void WriteCaseZip(const core::Case& c, const ObjectPathOf& objectPathOf,
                  const std::filesystem::path& zipFile);

} // namespace reclama::casefile
