#include "Profile.h"

#include "Templates.h"
#include "core/Error.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace reclama::dossier {
namespace fs = std::filesystem;

const std::vector<std::string>& AllSectionKeys() {
    static const std::vector<std::string> keys = {
        "cover", "contents", "parties", "summary", "facts", "chronology", "promises",
        "money", "complaints", "deadlines", "remedy", "exhibits", "declaration"};
    return keys;
}

std::string Profile::In(const std::map<std::string, std::string>& texts, const std::string& lang) const {
    if (auto it = texts.find(lang); it != texts.end()) return it->second;
    if (auto it = texts.find("en"); it != texts.end()) return it->second;
    return texts.empty() ? "" : texts.begin()->second;
}

namespace {

// Reads the fields of one profile file, each error naming the file and the field.
class FieldReader {
public:
    FieldReader(const nlohmann::json& j, const fs::path& file) : m_j(j), m_file(file) {}

    [[noreturn]] void Fail(const std::string& field, const std::string& message) const {
        throw InputError(m_file.string() + ": /" + field, message);
    }
    std::string Text(const std::string& field, std::optional<std::string> fallback = std::nullopt) const {
        if (!m_j.contains(field)) {
            if (fallback) return *fallback;
            Fail(field, "is missing");
        }
        if (!m_j[field].is_string() || m_j[field].get<std::string>().empty()) Fail(field, "must be a non-empty text");
        return m_j[field].get<std::string>();
    }
    // {"es": "...", "en": "..."}; `required` asks for at least one language.
    std::map<std::string, std::string> PerLanguage(const std::string& field, bool required) const {
        std::map<std::string, std::string> out;
        if (!m_j.contains(field)) {
            if (required) Fail(field, "is missing (an object of texts by language: {\"es\": ..., \"en\": ...})");
            return out;
        }
        if (!m_j[field].is_object()) Fail(field, "must map languages to texts: {\"es\": ..., \"en\": ...}");
        for (const auto& [lang, text] : m_j[field].items()) {
            if (!text.is_string()) Fail(field + "/" + lang, "must be a text");
            out[lang] = text.get<std::string>();
        }
        if (required && out.empty()) Fail(field, "needs a text for at least one language");
        return out;
    }
    std::int64_t Bytes(const std::string& field, std::int64_t unit) const {
        if (!m_j.contains(field)) return -1;
        if (!m_j[field].is_number_integer() || m_j[field].get<std::int64_t>() < 0) {
            Fail(field, "must be a whole number, 0 or more");
        }
        return m_j[field].get<std::int64_t>() * unit;
    }
    const nlohmann::json& Raw(const std::string& field) const {
        if (!m_j.contains(field)) Fail(field, "is missing");
        return m_j[field];
    }

private:
    const nlohmann::json& m_j;
    const fs::path& m_file;
};

// "bates": {"prefix": "{initials}", "digits": 6, "start": 1}. A Bates number is printed on
// every exhibit page and quoted in filings, so it must stay short and plain: letters, digits,
// '-' and '_' in the prefix (after {initials}), 4 to 10 digits.
BatesNumbering ReadBates(const nlohmann::json& j, const fs::path& file) {
    if (!j.is_object()) throw InputError(file.string() + ": /bates", "must be an object with prefix, digits and start");
    FieldReader r(j, file);
    BatesNumbering b;
    if (j.contains("prefix")) {
        if (!j["prefix"].is_string()) r.Fail("bates/prefix", "must be a text");
        b.prefix = j["prefix"].get<std::string>();
    }
    std::string plain = b.prefix;
    for (auto at = plain.find("{initials}"); at != std::string::npos; at = plain.find("{initials}"))
        plain.replace(at, 10, "");
    if (plain.size() > 12) r.Fail("bates/prefix", "is too long (at most 12 characters besides {initials})");
    for (char ch : plain) {
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-' && ch != '_') {
            r.Fail("bates/prefix", "may hold only letters, digits, '-', '_' and {initials}");
        }
    }
    if (j.contains("digits")) {
        if (!j["digits"].is_number_integer() || j["digits"].get<int>() < 4 || j["digits"].get<int>() > 10)
            r.Fail("bates/digits", "must be a whole number from 4 to 10");
        b.digits = j["digits"].get<int>();
    }
    if (j.contains("start")) {
        if (!j["start"].is_number_integer() || j["start"].get<std::int64_t>() < 1)
            r.Fail("bates/start", "must be a whole number, 1 or more");
        b.start = j["start"].get<std::int64_t>();
    }
    return b;
}

} // namespace

Profile LoadProfile(const fs::path& file) {
    nlohmann::json j = LoadJsonFile(file);
    if (!j.is_object()) throw InputError(file.string(), "a profile must be a JSON object");
    FieldReader r(j, file);
    Profile p;
    p.file = file;
    p.name = r.Text("name");
    p.language = r.Text("language", "es");
    if (p.language != "es" && p.language != "en") r.Fail("language", "use es or en, not '" + p.language + "'");
    std::string size = r.Text("page_size", "A4");
    if (size != "A4" && size != "Letter") r.Fail("page_size", "use A4 or Letter, not '" + size + "'");
    p.pageSize = size == "A4" ? PageSize::A4 : PageSize::Letter;
    std::string numbering = r.Text("numbering", "arabic");
    if (numbering != "arabic" && numbering != "alpha") r.Fail("numbering", "use arabic (1, 2, 3) or alpha (A, B, C)");
    p.numbering = numbering == "alpha" ? ExhibitNumbering::Alpha : ExhibitNumbering::Arabic;

    const auto& sections = r.Raw("sections");
    if (!sections.is_array() || sections.empty()) r.Fail("sections", "must be a non-empty list of section keys");
    const auto& all = AllSectionKeys();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        std::string where = "sections/" + std::to_string(i);
        if (!sections[i].is_string()) r.Fail(where, "must be a section key");
        std::string key = sections[i].get<std::string>();
        if (std::find(all.begin(), all.end(), key) == all.end()) {
            std::string known;
            for (const auto& k : all) known += (known.empty() ? "" : ", ") + k;
            r.Fail(where, "unknown section '" + key + "'; known: " + known);
        }
        if (std::find(p.sections.begin(), p.sections.end(), key) != p.sections.end()) {
            r.Fail(where, "section '" + key + "' is listed twice");
        }
        p.sections.push_back(key);
    }

    std::int64_t bytes = r.Bytes("size_cap_bytes", 1);
    std::int64_t mib = r.Bytes("size_cap_mb", 1024 * 1024);
    p.sizeCapBytes = bytes >= 0 ? bytes : (mib >= 0 ? mib : 0);

    if (j.contains("bates")) p.bates = ReadBates(j["bates"], file);

    p.title = r.PerLanguage("title", false);
    p.description = r.PerLanguage("description", true);
    p.recipient = r.PerLanguage("recipient", true);
    p.declaration = r.PerLanguage("declaration", true);
    p.exhibitLabel = r.PerLanguage("exhibit_label", true);
    p.stampPrefix = r.PerLanguage("stamp_prefix", true);
    for (const auto* labels : {&p.exhibitLabel, &p.stampPrefix}) {
        for (const auto& [lang, text] : *labels) {
            if (text.find("{n}") == std::string::npos) {
                r.Fail((labels == &p.exhibitLabel ? "exhibit_label/" : "stamp_prefix/") + lang,
                       "must contain {n} (where the exhibit's number goes)");
            }
        }
    }
    return p;
}

std::vector<Profile> LoadProfiles(const fs::path& templatesDir) {
    const fs::path dir = templatesDir / "profiles";
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    if (error) throw InputError(dir.string(), "cannot be read: " + error.message());
    std::vector<Profile> profiles;
    for (const auto& f : files) profiles.push_back(LoadProfile(f));
    std::sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) { return a.name < b.name; });
    for (std::size_t i = 1; i < profiles.size(); ++i) {
        if (profiles[i].name == profiles[i - 1].name) {
            throw InputError(profiles[i].file.string() + ": /name",
                             "profile '" + profiles[i].name + "' is also defined in " + profiles[i - 1].file.string());
        }
    }
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

Profile FindProfile(const std::string& name) { return FindProfile(TemplatesDir(), name); }

} // namespace reclama::dossier
