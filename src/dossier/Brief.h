#pragma once
// The "next call" brief: what to read out when a new operator asks you to explain it all again.
// Plain text in the case's language, built from the log.

#include "core/Model.h"

#include <filesystem>
#include <string>

namespace reclama::dossier {

std::string BuildBrief(const core::Case& c, const std::string& language, const core::Date& today,
                       const std::filesystem::path& templatesDir = {});

} // namespace reclama::dossier
