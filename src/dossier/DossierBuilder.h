#pragma once
// Turns a case and a recipient profile into a layout-free DossierDocument: the sections of the
// dossier in the profile's order, the statement of facts written from the events, and the
// exhibits numbered in order of first mention.

#include "DossierDocument.h"
#include "ExhibitLabels.h"
#include "Profile.h"
#include "core/Model.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace reclama::dossier {

// What the export job learnt about one document's file (from the store and evidence layers).
struct ExhibitSourceInfo {
    ExhibitSource source = ExhibitSource::Other;
    std::filesystem::path file; // what to draw: normalised PDF, image, or text
    int pdfPageCount = 0;
    std::string problem; // why it is Unreadable
    std::vector<std::pair<std::string, std::string>> emailHeaders;
    std::string text; // Text/Email body in UTF-8
    std::vector<std::string> emailAttachments;
};

struct BuildOptions {
    std::string language;              // "es" | "en"; empty: the case's, else the profile's
    std::vector<std::string> sections; // keys as in `export --sections`; empty: the profile's
    core::Date today;                  // for days late, days elapsed, the cover date
    std::map<core::RecordId, ExhibitSourceInfo> exhibits; // by document id; absent: Other
    std::filesystem::path templatesDir;                   // empty: TemplatesDir()
};

// Throws InputError for an unknown language or section key, or a broken template file.
DossierDocument BuildDossier(const core::Case& c, const Profile& profile, const BuildOptions& options);

} // namespace reclama::dossier
