#pragma once
// Normalising an untrusted PDF in the sandbox helper process: the only way Reclama reads one.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace reclama::evidence {

// Resources one PDF may use. The helper enforces the first four itself (setrlimit); the parent
// enforces the wall-clock time and the input size.
struct SandboxLimits {
    int cpuSeconds = 60;
    std::uint64_t memoryBytes = 1ull << 30;      // address space of the helper
    std::uint64_t maxOutputBytes = 2ull << 30;   // size of the normalised copy
    std::uint64_t maxStreamBytes = 512ull << 20; // decoded size of any one stream (flate bombs)
    double wallSeconds = 120;                    // killed after this, whatever it is doing
    std::uint64_t maxInputBytes = 1ull << 30;    // refused before the helper starts
    int maxOpenFiles = 32;
};

// What became of one PDF. Only Ok has a normalised copy at the output path.
struct NormaliseResult {
    enum class Status { Ok, NeedsPassword, Unreadable, TimedOut, TooLarge };
    Status status = Status::Unreadable;
    int pageCount = 0;
    std::string
        problem; // empty when Ok; otherwise a sentence a person understands, naming the file
    bool wasEncrypted = false;         // opened with the empty user password and decrypted
    bool removedActiveContent = false; // scripts, actions, embedded files or XFA were dropped
    bool removedMetadata = false;      // document information or XMP metadata was dropped
    bool repaired = false;             // damaged, but qpdf could recover every page
    std::string detail;                // technical reason, for logs and bug reports

    bool Ok() const { return status == Status::Ok; }
};

// Writes a normalised copy of `input` to `output` (replacing it only on success): unencrypted,
// without scripts, actions, embedded files, XFA, /Info or XMP, with object streams and a
// deterministic ID, so the same input always gives the same bytes. The PDF is parsed only in the
// reclama-pdf-helper process (posix_spawn, rlimits, wall-clock kill); a damaged or hostile file
// gives a result, never a crash or hang here. Throws reclama::NotFoundError when `input` does not
// exist, reclama::Error when the helper is missing or cannot be started, and
// reclama::StorageError when the output cannot be put in place. `displayName` is the name the
// problem sentence uses (e.g. the user's original file name when `input` is a stored object);
// empty means input's file name.
NormaliseResult NormalisePdf(const std::filesystem::path& input,
                             const std::filesystem::path& output, const SandboxLimits& limits = {},
                             std::string_view displayName = {});

// "ok", "needs-password", "unreadable", "timed-out", "too-large".
std::string_view ToString(NormaliseResult::Status status);

} // namespace reclama::evidence
