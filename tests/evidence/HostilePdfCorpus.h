#pragma once
// Test support: writes PDFs that are valid, damaged, encrypted or built to attack a reader.

#include <filesystem>
#include <string>
#include <vector>

namespace reclama::evidence::test {

inline constexpr const char* kCanary = "CANARY-7f3a";

// Paths of the files WriteHostilePdfCorpus writes; each is described where it is made.
struct HostilePdfCorpus {
    std::filesystem::path valid;        // 3 pages, plain
    std::filesystem::path truncated;    // first half of a 3-page file whose catalog comes last
    std::filesystem::path brokenXref;   // all objects intact, startxref points nowhere
    std::filesystem::path deepNesting;  // 100,000 nested arrays in a page dictionary
    std::filesystem::path flateBomb;    // ~7 KB stream that inflates to 4 GiB
    std::filesystem::path userPassword; // needs user password "secret"
    std::filesystem::path ownerOnly;    // owner password only: opens with an empty password
    std::filesystem::path javascript;   // OpenAction, page /AA, names tree, Launch link, XFA...
    std::filesystem::path canary;       // kCanary in /Info /Author and in the XMP metadata
    std::filesystem::path empty;        // 0 bytes
    std::filesystem::path garbage;      // 64 KiB of random bytes
    std::filesystem::path notPdf;       // an HTML page renamed .pdf
};

// Writes the corpus into `dir` (created if needed) and returns the paths.
HostilePdfCorpus WriteHostilePdfCorpus(const std::filesystem::path& dir);

// A PDF of `objects` (object i+1 is objects[i], written in order) with a correct xref table and
// the given root object number.
std::string BuildPdfBytes(const std::vector<std::string>& objects, int rootObject);

// The file rewritten by qpdf with every stream decoded and no object streams (as `qpdf --qdf`),
// so searching its bytes finds any text the file carries. Throws if qpdf cannot read it.
std::string DecodedPdfBytes(const std::filesystem::path& pdf);

} // namespace reclama::evidence::test
