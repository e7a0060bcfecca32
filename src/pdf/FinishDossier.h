#pragma once
// The second stage of the export: puts each exhibit's (normalised, trusted) PDF pages under the
// stamped placeholder pages of the drawn dossier, sets page labels, the document information and
// the manifest, strips anything active, and writes the final file atomically with qpdf.

#include "RenderPlan.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace reclama::pdf {

struct FinishOptions {
    std::filesystem::path out;
    std::string title, author, subject, language;
    std::string manifestJson;               // stored in /Info as /ReclamaManifest (see Manifest.h)
    std::optional<std::int64_t> fixedEpoch; // deterministic output: dates and /ID fixed
    const std::atomic<bool>* cancel = nullptr;
};

// Writes options.out (through a temporary file in the same folder: a failure leaves nothing).
void FinishDossier(const RenderPlan& plan, const FinishOptions& options);

} // namespace reclama::pdf
