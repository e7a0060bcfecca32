#pragma once
// A recipient profile (templates/profiles/*.json): who receives the dossier and what that
// office expects — page size, exhibit labels, sections and their order, declaration, size cap.

#include "DossierDocument.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace reclama::dossier {

enum class ExhibitNumbering { Arabic, Alpha };

struct Profile {
    std::string name;
    std::string language = "es";
    PageSize pageSize = PageSize::A4;
    ExhibitNumbering numbering = ExhibitNumbering::Arabic;
    std::vector<std::string> sections;
    std::int64_t sizeCapBytes = 0;
    // Per language ("es", "en"):
    std::map<std::string, std::string> description, recipient, declaration, exhibitLabel, stampPrefix;

    std::string In(const std::map<std::string, std::string>& texts, const std::string& lang) const;
};

// Every section key a profile or `--sections` may name, in the default order.
const std::vector<std::string>& AllSectionKeys();

std::vector<Profile> LoadProfiles(const std::filesystem::path& templatesDir);
// Throws InputError naming the profile and listing the known ones.
Profile FindProfile(const std::filesystem::path& templatesDir, const std::string& name);

} // namespace reclama::dossier
