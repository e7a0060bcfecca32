#pragma once
// The evidence package (a ZIP an office can re-check): manifest.json, the untouched originals
// under originals/, and the dossier file(s). Verification is in Verify.h.

#include "Verify.h"

#include <cstdint>
#include <filesystem>
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

// Written under a temporary name and renamed: a failure leaves no file. Each dossier file (the
// dossier, or its volumes or split files) is stored at the top level under its own name.
void WriteEvidencePackage(const std::filesystem::path& zip, const std::vector<EvidenceFile>& files,
                          const std::string& manifestJson,
                          const std::vector<std::filesystem::path>& dossierPdfs);
void WriteEvidencePackage(const std::filesystem::path& zip, const std::vector<EvidenceFile>& files,
                          const std::string& manifestJson, const std::filesystem::path& dossierPdf);

} // namespace reclama::pdf
