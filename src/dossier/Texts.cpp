#include "Texts.h"

#include "Templates.h"
#include "core/Error.h"

#include <sstream>

namespace reclama::dossier {

Texts Texts::Load(const std::filesystem::path& templatesDir, const std::string& language) {
    Texts t;
    t.m_language = language;
    t.m_file = templatesDir / "texts" / (language + ".json");
    if (!std::filesystem::exists(t.m_file)) {
        throw InputError("--lang", "there are no dossier texts for language '" + language + "' (es, en)");
    }
    t.m_json = LoadJsonFile(t.m_file);
    return t;
}

const nlohmann::json& Texts::Node(const std::string& key) const {
    const nlohmann::json* node = &m_json;
    std::stringstream parts(key);
    std::string part;
    while (std::getline(parts, part, '.')) {
        if (!node->is_object() || !node->contains(part)) {
            throw InputError(m_file.string(), "has no text '" + key + "'");
        }
        node = &(*node)[part];
    }
    return *node;
}

std::string Texts::Get(const std::string& key) const { return Node(key).get<std::string>(); }

std::vector<std::string> Texts::List(const std::string& key) const {
    return Node(key).get<std::vector<std::string>>();
}

std::string Texts::Fill(const std::string& key, const std::map<std::string, std::string>& values) const {
    return FillTemplate(Get(key), values);
}

std::string Texts::OrdinalLeadIn(int n) const {
    auto ordinals = List("ordinals");
    std::string suffix = Get("ordinal_suffix");
    if (ordinals.empty()) return std::to_string(n) + suffix;
    if (n >= 1 && n <= static_cast<int>(ordinals.size())) return ordinals[n - 1] + suffix;
    auto tens = List("ordinal_tens"), units = List("ordinal_units");
    if (n < 100 && n / 10 < static_cast<int>(tens.size()) && !tens[n / 10].empty()) {
        std::string word = tens[n / 10];
        if (n % 10 != 0) word += " " + units[n % 10];
        return word + suffix;
    }
    return std::to_string(n) + suffix;
}

} // namespace reclama::dossier
