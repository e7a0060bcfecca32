#include "EvidencePackage.h"

#include "FinishWrite.h"
#include "core/Error.h"

#include <nlohmann/json.hpp>
#include <zip.h>

#include <memory>
#include <set>

namespace reclama::pdf {
namespace fs = std::filesystem;

std::string PackagePath(const std::string& label, const std::string& originalName) {
    std::string name = label + " - " + originalName;
    for (char& ch : name) {
        if (ch == '/' || ch == '\\')
            ch = '_';
    }
    return "originals/" + name;
}

void WriteEvidencePackage(const fs::path& zipPath, const std::vector<EvidenceFile>& files,
                          const std::string& manifestJson,
                          const std::vector<fs::path>& dossierPdfs) {
    fs::path dir = zipPath.has_parent_path() ? zipPath.parent_path() : fs::path(".");
    if (!fs::is_directory(dir))
        throw InputError(zipPath.string(), "its folder does not exist");
    nlohmann::json manifest = nlohmann::json::parse(manifestJson, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object()) {
        throw InputError("manifest", "the dossier's manifest is not valid JSON");
    }
    if (manifest.contains("files") && manifest["files"].is_array()) {
        for (auto& entry : manifest["files"]) {
            entry["path"] = PackagePath(entry.value("label", ""), entry.value("file", ""));
        }
    }
    std::string manifestText = manifest.dump(2);

    PendingFiles pending;
    fs::path temp = pending.Add(zipPath);
    int error = 0;
    zip_t* zip = zip_open(temp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        throw StorageError("cannot write " + zipPath.string());
    auto fail = [&](const std::string& why) {
        std::string message =
            "cannot write " + zipPath.string() + ": " + why + " (" + zip_strerror(zip) + ")";
        zip_discard(zip);
        throw StorageError(message);
    };
    auto add = [&](zip_source_t* src, const std::string& name) {
        if (!src)
            fail("cannot read what goes in " + name);
        if (zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(src);
            fail("cannot add " + name);
        }
    };
    add(zip_source_buffer(zip, manifestText.data(), manifestText.size(), 0), "manifest.json");
    std::set<std::string> names;
    for (const auto& f : files) {
        if (!fs::is_regular_file(f.source)) {
            zip_discard(zip);
            throw NotFoundError("the original of " + f.label + " (" + f.originalName +
                                ") is missing: " + f.source.string());
        }
        std::string name = PackagePath(f.label, f.originalName);
        if (names.insert(name).second)
            add(zip_source_file(zip, f.source.c_str(), 0, -1), name);
    }
    for (const auto& pdf : dossierPdfs)
        add(zip_source_file(zip, pdf.c_str(), 0, -1), pdf.filename().string());
    if (zip_close(zip) < 0)
        fail("the ZIP could not be completed");
    pending.CommitAll();
}

void WriteEvidencePackage(const fs::path& zip, const std::vector<EvidenceFile>& files,
                          const std::string& manifestJson, const fs::path& dossierPdf) {
    WriteEvidencePackage(zip, files, manifestJson, std::vector<fs::path>{dossierPdf});
}

} // namespace reclama::pdf
