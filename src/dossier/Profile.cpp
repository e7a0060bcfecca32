#include "Profile.h"

#include "Templates.h"
#include "core/Error.h"

#include <algorithm>

namespace reclama::dossier {
namespace fs = std::filesystem;

const std::vector<std::string>& AllSectionKeys() {
    static const std::vector<std::string> keys = {
        "cover", "contents", "parties", "summary", "facts", "chronology", "promises",
        "money", "complaints", "deadlines", "remedy", "exhibits", "declaration"};
    return keys;
}

std::string Profile::In(const std::map<std::string, std::string>& texts, const std::string& lang) const {
    auto it = texts.find(lang);
    if (it != texts.end()) return it->second;
    it = texts.find("en");
    return it != texts.end() ? it->second : "";
}

namespace {

std::map<std::string, std::string> PerLanguage(const nlohmann::json& j, const std::string& key,
                                               const fs::path& file) {
    std::map<std::string, std::string> out;
    if (!j.contains(key)) return out;
    if (!j[key].is_object()) throw InputError(file.string() + ": /" + key, "must map languages to texts");
    for (const auto& [lang, text] : j[key].items()) out[lang] = text.get<std::string>();
    return out;
}

Profile ParseProfile(const fs::path& file) {
    nlohmann::json j = LoadJsonFile(file);
    Profile p;
    try {
        p.name = j.at("name").get<std::string>();
        p.language = j.value("language", "es");
        std::string size = j.value("page_size", "A4");
        if (size != "A4" && size != "Letter") throw InputError(file.string() + ": /page_size", "use A4 or Letter");
        p.pageSize = size == "A4" ? PageSize::A4 : PageSize::Letter;
        p.numbering = j.value("numbering", "arabic") == "alpha" ? ExhibitNumbering::Alpha : ExhibitNumbering::Arabic;
        for (const auto& s : j.at("sections")) {
            std::string key = s.get<std::string>();
            const auto& all = AllSectionKeys();
            if (std::find(all.begin(), all.end(), key) == all.end()) {
                throw InputError(file.string() + ": /sections", "unknown section '" + key + "'");
            }
            p.sections.push_back(key);
        }
        p.sizeCapBytes = j.value("size_cap_mb", std::int64_t{0}) * 1024 * 1024;
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file.string(), std::string("is not a valid profile: ") + e.what());
    }
    p.description = PerLanguage(j, "description", file);
    p.recipient = PerLanguage(j, "recipient", file);
    p.declaration = PerLanguage(j, "declaration", file);
    p.exhibitLabel = PerLanguage(j, "exhibit_label", file);
    p.stampPrefix = PerLanguage(j, "stamp_prefix", file);
    return p;
}

} // namespace

std::vector<Profile> LoadProfiles(const fs::path& templatesDir) {
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(templatesDir / "profiles", error)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    if (error) throw InputError((templatesDir / "profiles").string(), "cannot be read: " + error.message());
    std::sort(files.begin(), files.end());
    std::vector<Profile> profiles;
    for (const auto& f : files) profiles.push_back(ParseProfile(f));
    return profiles;
}

Profile FindProfile(const fs::path& templatesDir, const std::string& name) {
    auto profiles = LoadProfiles(templatesDir);
    std::string known;
    for (const auto& p : profiles) {
        if (p.name == name) return p;
        known += (known.empty() ? "" : ", ") + p.name;
    }
    throw InputError("--profile", "there is no profile '" + name + "'; known profiles: " + known);
}

} // namespace reclama::dossier
