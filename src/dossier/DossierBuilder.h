#pragma once
// Turns a case and a recipient profile into a layout-free DossierDocument: the sections of the
// dossier in the profile's order, the statement of facts written from the events, and the
// exhibits numbered in order of first mention.

#include "DossierDocument.h"
#include "Profile.h"
#include "core/Model.h"

#include <map>
#include <string>
#include <vector>

namespace reclama::dossier {

// What the export job learnt about one document's file (from intake).
struct ExhibitSourceInfo {
    ExhibitSource source = ExhibitSource::Other;
    std::filesystem::path file;
    int pdfPageCount = 0;
    std::string problem;
    std::vector<std::pair<std::string, std::string>> emailHeaders;
    std::string text;
    std::vector<std::string> emailAttachments;
};

struct BuildOptions {
    std::string language;              // empty: the profile's, else the case's
    std::vector<std::string> sections; // empty: the profile's
    core::Date today;
    std::map<core::RecordId, ExhibitSourceInfo> exhibits; // by document id
    std::filesystem::path templatesDir;                   // empty: TemplatesDir()
};

DossierDocument BuildDossier(const core::Case& c, const Profile& profile, const BuildOptions& options);

// Documents in exhibit order: first mention in the chronology, then the rest by date.
std::vector<core::RecordId> ExhibitOrder(const core::Case& c);

// "Documento nº 3", "JS3", "Exhibit C" for exhibit number n (1-based).
std::string ExhibitLabel(const Profile& profile, const std::string& language, const core::Case& c, int n);
std::string ExhibitStampPrefix(const Profile& profile, const std::string& language, const core::Case& c, int n);

} // namespace reclama::dossier
