#pragma once
// Where the case library lives: --library, else RECLAMA_LIBRARY, else the platform's user data
// folder ($XDG_DATA_HOME/reclama, else ~/.local/share/reclama).

#include <filesystem>
#include <string>

namespace reclama::jobs {

std::filesystem::path ResolveLibraryDir(const std::string& fromOption);

} // namespace reclama::jobs
