#pragma once
// The fixed texts of a dossier in one language (templates/texts/<lang>.json): headings, labels,
// sentence templates for the statement of facts, ordinal words.

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace reclama::dossier {

class Texts {
public:
    // Throws InputError naming the file for an unknown language or a broken file.
    static Texts Load(const std::filesystem::path& templatesDir, const std::string& language);

    const std::string& Language() const { return m_language; }
    // A text by dotted key ("sections.facts"); throws naming the key and file when missing.
    std::string Get(const std::string& key) const;
    std::vector<std::string> List(const std::string& key) const;
    std::string Fill(const std::string& key, const std::map<std::string, std::string>& values) const;
    // "PRIMERO.-", "TRIGÉSIMO PRIMERO.-" (es); "1." (en).
    std::string OrdinalLeadIn(int n) const;

private:
    const nlohmann::json& Node(const std::string& key) const;
    std::string m_language;
    std::filesystem::path m_file;
    nlohmann::json m_json;
};

} // namespace reclama::dossier
