#include "LibraryLocation.h"

#include "core/Error.h"

#include <cstdlib>

namespace reclama::jobs {

std::filesystem::path ResolveLibraryDir(const std::string& fromOption) {
    if (!fromOption.empty()) return fromOption;
    if (const char* env = std::getenv("RECLAMA_LIBRARY"); env && *env) return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "reclama";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".local" / "share" / "reclama";
    }
    throw InputError("--library", "no case library given and neither XDG_DATA_HOME nor HOME is set");
}

} // namespace reclama::jobs
