#pragma once
// Importing a case file (case.json, its folder, or a .reclama ZIP) into the library: all or
// nothing, then every attachment taken in (PDFs normalised in the sandbox, text indexed).

#include "Progress.h"
#include "core/Model.h"

#include <filesystem>
#include <string>
#include <vector>

namespace reclama::store { class Library; }

namespace reclama::jobs {

struct ImportResult {
    core::RecordId caseId = 0;
    std::vector<std::string> warnings; // unknown fields, attachments that could not be read
};

ImportResult ImportCaseFile(store::Library& library, const std::filesystem::path& file,
                            Progress& progress);

} // namespace reclama::jobs
