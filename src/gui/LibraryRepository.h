#pragma once
// Opens the case library in a folder (created on first use) as the GUI's CaseRepository.

#include "CaseRepository.h"

#include <memory>

namespace reclama::gui {

std::unique_ptr<CaseRepository> OpenLibraryRepository(const std::filesystem::path& folder);

} // namespace reclama::gui
