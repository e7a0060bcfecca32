#pragma once
// Turns a parsed-from-disk case.json into a core::Case, checking every field against the format.

#include "casefile/CaseFile.h"

#include <filesystem>

namespace reclama::casefile {

// Reads `jsonFile`; document paths are relative to the folder holding it and must stay inside it.
CaseFileContents ReadCaseJson(const std::filesystem::path& jsonFile, const ReadLimits& limits);

} // namespace reclama::casefile
