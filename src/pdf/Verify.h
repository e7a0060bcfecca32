#pragma once
// Checking a dossier: its own consistency (manifest present and valid, page counts agreeing,
// nothing active or embedded) and, with an evidence package, that every original is unchanged.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::pdf {

struct VerifyReport {
    bool ok = true;
    std::vector<std::string> lines; // what matches ("ok: ...") and what does not ("MISMATCH: ...")
};

// Without `evidenceZip`: the PDF's own consistency. With it (a package from
// WriteEvidencePackage): every original re-hashed against the manifest, and changed, missing and
// extra files named. Never throws for a bad dossier or package: that is a mismatch line.
VerifyReport VerifyDossier(const std::filesystem::path& pdf,
                           const std::optional<std::filesystem::path>& evidenceZip);

} // namespace reclama::pdf
