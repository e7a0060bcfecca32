#pragma once
// A recipient profile (templates/profiles/*.json): who receives the dossier and what that
// office expects — page size, exhibit labels, sections and their order, declaration, size cap.

#include "DossierDocument.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reclama::dossier {

// How {n} is written in an exhibit label: 1, 2, 3 or A, B, ..., Z, AA, AB.
enum class ExhibitNumbering { Arabic, Alpha };

struct Profile {
    std::string name;            // the key used by --profile, e.g. "es-omic"
    std::string language = "es"; // default dossier language
    PageSize pageSize = PageSize::A4;
    ExhibitNumbering numbering = ExhibitNumbering::Arabic;
    std::vector<std::string> sections; // section keys in order (AllSectionKeys)
    std::int64_t sizeCapBytes = 0;     // 0: no cap
    // Bates-numbered exhibit pages; the prefix may hold {initials} (resolved per case).
    std::optional<BatesNumbering> bates;
    std::filesystem::path file;        // where it was read from (for messages)
    // Per language ("es", "en"). Labels hold {n} and optionally {initials} (the signer's
    // initials, "JS" when they cannot be worked out).
    std::map<std::string, std::string> title, description, recipient, declaration, exhibitLabel,
        stampPrefix;

    // The text in `lang`, else English, else any; empty when the map is empty.
    std::string In(const std::map<std::string, std::string>& texts, const std::string& lang) const;
};

// Every section key a profile or `--sections` may name, in the default order.
const std::vector<std::string>& AllSectionKeys();

// Reads one profile file; throws InputError naming the file and the field ("/page_size").
Profile LoadProfile(const std::filesystem::path& file);
// Every templatesDir/profiles/*.json, sorted by name. Two profiles with one name are refused.
std::vector<Profile> LoadProfiles(const std::filesystem::path& templatesDir);
// Throws InputError naming the profile and listing the known ones.
Profile FindProfile(const std::filesystem::path& templatesDir, const std::string& name);
Profile FindProfile(const std::string& name); // in TemplatesDir()

} // namespace reclama::dossier
