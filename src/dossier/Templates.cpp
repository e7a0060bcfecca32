#include "Templates.h"

#include "core/Error.h"

#include <kainjow/mustache.hpp>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace reclama::dossier {
namespace fs = std::filesystem;

fs::path TemplatesDir() {
    if (const char* env = std::getenv("RECLAMA_TEMPLATES"); env && *env) return env;
    std::error_code error;
    fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        fs::path installed = exe.parent_path().parent_path() / "share" / "reclama" / "templates";
        if (fs::exists(installed / "profiles")) return installed;
    }
    return RECLAMA_SOURCE_TEMPLATES;
}

nlohmann::json LoadJsonFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file.string(), "cannot be read");
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file.string(), std::string("is not valid JSON: ") + e.what());
    }
}

std::string FillTemplate(const std::string& text, const std::map<std::string, std::string>& values) {
    kainjow::mustache::mustache tmpl(text);
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    kainjow::mustache::data data;
    for (const auto& [key, value] : values) {
        if (!value.empty()) data.set(key, value);
    }
    std::string out = tmpl.render(data);
    if (!tmpl.is_valid()) throw Error("template error: " + tmpl.error_message());
    return out;
}

} // namespace reclama::dossier
