#pragma once
// The second stage of the export: puts each exhibit's (normalised, trusted) PDF pages under the
// stamped placeholder pages of the drawn dossier, sets page labels, the document information and
// the manifest, strips anything active, and writes the final file(s) atomically with qpdf: one
// file, volumes under a size cap, or a main document plus one file per exhibit.

#include "ExhibitPrefetch.h"
#include "RenderPlan.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reclama::pdf {

struct FinishOptions {
    std::filesystem::path out; // the dossier; with volumes, the stem of every volume's name
    std::string title, author, subject, language;
    // Stored in /Info as /ReclamaManifest (see Manifest.h). Entries whose "number" matches an
    // exhibit of the plan get its page range; each file also says which pages it holds.
    std::string manifestJson;
    // Deterministic output when set: /CreationDate and /ModDate are this instant (seconds since
    // 1970, e.g. SOURCE_DATE_EPOCH) and the /ID is derived from the content, so the same input
    // gives byte-identical files. Unset: dates are now and the /ID is random.
    std::optional<std::int64_t> fixedEpoch;
    // Above this many bytes (0: no cap) the dossier is written as volumes
    // "<stem>-<word>-1.pdf", ..., never cutting an exhibit across two volumes.
    std::int64_t sizeCapBytes = 0;
    std::string volumeTemplate = "Tomo {v} de {w}"; // appended to each volume's /Title
    std::string volumeFileWord = "tomo";            // "volume" in English
    // Split mode: `out` holds the body pages (with the index) and this folder one file per
    // exhibit, "<NN>-<label-slug>.pdf". Labels come from `exhibitLabels` (exhibit number to
    // label), else from the manifest's entries.
    std::optional<std::filesystem::path> splitDir;
    std::map<int, std::string> exhibitLabels;
    std::function<void(double fraction, const std::string& message)> progress;
    const std::atomic<bool>* cancel = nullptr; // checked between steps: CancelledError, no files
    // Exhibits opened ahead, on another thread while the dossier was drawn (may be null).
    ExhibitPrefetch* prefetch = nullptr;
};

struct FinishResult {
    std::vector<std::filesystem::path> files; // every file written, in reading order
    std::vector<std::string> warnings;        // e.g. an exhibit larger than the size cap
};

// Writes the dossier. Every file goes through a temporary name in its folder and is renamed only
// when all are complete: a failure or a cancellation leaves no file behind. Throws Error (with the
// file or exhibit page that failed), InputError when a folder does not exist, CancelledError.
FinishResult FinishDossier(const RenderPlan& plan, const FinishOptions& options);

} // namespace reclama::pdf
