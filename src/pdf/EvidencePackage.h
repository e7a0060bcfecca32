#pragma once
// The evidence package (a ZIP an office can re-check): manifest.json, the untouched originals
// under originals/, and the dossier itself; and the verification of a dossier against it.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::pdf {

struct EvidenceFile {
    std::string label;        // "Documento nº 3"
    std::string originalName; // "factura-enero.pdf"
    std::filesystem::path source;
    std::string sha256;
    std::int64_t size = 0;
};

// Name of an original inside the package: "originals/Documento nº 3 - factura-enero.pdf".
std::string PackagePath(const std::string& label, const std::string& originalName);

// Written under a temporary name and renamed: a failure leaves no file.
void WriteEvidencePackage(const std::filesystem::path& zip, const std::vector<EvidenceFile>& files,
                          const std::string& manifestJson, const std::filesystem::path& dossierPdf);

struct VerifyReport {
    bool ok = true;
    std::vector<std::string> lines; // what matches and what does not, one per line
};

// Without `evidenceZip`: the PDF's own consistency (manifest present and valid, no active or
// embedded content). With it: every original re-hashed against the manifest; changed, missing
// and extra files named.
VerifyReport VerifyDossier(const std::filesystem::path& pdf,
                           const std::optional<std::filesystem::path>& evidenceZip);

} // namespace reclama::pdf
