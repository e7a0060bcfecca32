// Finding the sandbox helper without relying on PATH, which a user or attacker may change.
#include "evidence/PdfHelperLocation.h"

#include "core/Error.h"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

namespace reclama::evidence {
namespace {

bool IsExecutableFile(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

} // namespace

std::filesystem::path FindPdfHelper() {
    std::vector<std::filesystem::path> candidates;
    if (const char* overridden = std::getenv(kPdfHelperEnvironmentVariable);
        overridden != nullptr && *overridden != '\0') {
        // An explicit choice is not second-guessed: if it is wrong, say so.
        if (IsExecutableFile(overridden)) {
            return overridden;
        }
        throw Error(std::string("The PDF helper named by ") + kPdfHelperEnvironmentVariable + " (" +
                    overridden + ") is not an executable file.");
    }
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back(self.parent_path() / kPdfHelperName);
        candidates.push_back((self.parent_path() / RECLAMA_PDF_HELPER_RELATIVE_DIR / kPdfHelperName)
                                 .lexically_normal());
    }
    candidates.push_back(std::filesystem::path(RECLAMA_PDF_HELPER_INSTALL_DIR) / kPdfHelperName);
    std::string looked;
    for (const auto& candidate : candidates) {
        if (IsExecutableFile(candidate)) {
            return candidate;
        }
        looked += (looked.empty() ? "" : ", ") + candidate.string();
    }
    throw Error("The PDF helper program " + std::string(kPdfHelperName) +
                " was not found (looked in: " + looked +
                "). Reinstall Reclama; PDF attachments cannot be checked without it.");
}

} // namespace reclama::evidence
