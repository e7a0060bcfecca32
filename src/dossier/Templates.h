#pragma once
// Where the dossier's texts and recipient profiles live (templates/: data, never code), and
// filling a text template with values.

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace reclama::dossier {

// RECLAMA_TEMPLATES, else <exe dir>/../share/reclama/templates (installed), else the source tree.
std::filesystem::path TemplatesDir();

// Reads a JSON data file; throws InputError naming the file when it is missing or invalid.
nlohmann::json LoadJsonFile(const std::filesystem::path& file);

// Fills a mustache template. Values are plain text (never HTML-escaped); a key that is absent
// or empty makes its {{#section}} disappear.
std::string FillTemplate(const std::string& text, const std::map<std::string, std::string>& values);

} // namespace reclama::dossier
