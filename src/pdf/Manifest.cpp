#include "Manifest.h"

#include "core/Error.h"

#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>

namespace reclama::pdf {

std::string BuildManifestJson(const std::string& caseTitle,
                              const std::vector<ManifestEntry>& entries) {
    nlohmann::json files = nlohmann::json::array();
    for (const auto& e : entries) {
        nlohmann::json f{{"number", e.number}, {"label", e.label}, {"title", e.title},
                         {"file", e.file},     {"size", e.size},   {"sha256", e.sha256}};
        if (e.pages > 0)
            f["pages"] = e.pages;
        if (e.firstPage > 0) {
            f["first_page"] = e.firstPage;
            f["last_page"] = e.firstPage + std::max(e.pages, 1) - 1;
        }
        files.push_back(std::move(f));
    }
    return nlohmann::json{
        {"format", "reclama-manifest"}, {"version", 1}, {"case", caseTitle}, {"files", files}}
        .dump();
}

std::vector<ManifestEntry> ParseManifest(const std::string& manifestJson) {
    nlohmann::json manifest = nlohmann::json::parse(manifestJson, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object() ||
        manifest.value("format", "") != "reclama-manifest" || !manifest.contains("files") ||
        !manifest["files"].is_array()) {
        throw InputError("manifest",
                         "not a Reclama manifest (expected JSON with format \"reclama-manifest\")");
    }
    std::vector<ManifestEntry> entries;
    try {
        for (const auto& f : manifest["files"]) {
            ManifestEntry e;
            e.number = f.value("number", 0);
            e.label = f.value("label", "");
            e.title = f.value("title", "");
            e.file = f.value("file", "");
            e.size = f.value("size", std::int64_t{0});
            e.sha256 = f.value("sha256", "");
            e.pages = f.value("pages", 0);
            e.firstPage = f.value("first_page", 0);
            entries.push_back(std::move(e));
        }
    } catch (const nlohmann::json::exception& e) {
        throw InputError("manifest/files",
                         std::string("an entry has a field of the wrong type: ") + e.what());
    }
    return entries;
}

std::optional<std::string> ReadManifest(const std::filesystem::path& pdf) {
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processFile(pdf.c_str());
        QPDFObjectHandle info = q.getTrailer().getKey("/Info");
        if (!info.isDictionary() || !info.hasKey(kManifestKey) ||
            !info.getKey(kManifestKey).isString()) {
            return std::nullopt;
        }
        return info.getKey(kManifestKey).getUTF8Value();
    } catch (const std::exception& e) {
        throw Error(pdf.string() + " cannot be read as a PDF: " + e.what());
    }
}

} // namespace reclama::pdf
