#pragma once
// Helpers for the drawing tests: a many-scripts dossier with every kind of exhibit, and running
// poppler/qpdf on the result.

#include "dossier/DossierDocument.h"

#include <filesystem>
#include <string>
#include <vector>

namespace reclama::pdf::test {

struct CommandResult {
    int exitCode = -1;
    std::string output;
};

// Runs `command` through the shell and captures stdout.
CommandResult RunCommand(const std::string& command);
std::string Quote(const std::filesystem::path& path);

// The text of each page (pdftotext, split at form feeds).
std::vector<std::string> PageTexts(const std::filesystem::path& pdf);
int PageCount(const std::filesystem::path& pdf);

std::filesystem::path Sample(const std::string& relative); // tests/data/samples/...
std::filesystem::path OutDir();                            // the test's build folder

// Names that must come out of the PDF exactly as typed.
extern const std::string kArabicName, kHebrewName, kGreek, kCyrillic, kTurkish, kSpanish;

// A dossier with cover, contents, parties, a 300-row table, exhibit index, signature and one
// exhibit of each kind (PDF, PNG, JPEG, text, e-mail, other, unreadable). `jpeg` is a JPEG file.
dossier::DossierDocument ManyScriptsDossier(const std::filesystem::path& jpeg);

} // namespace reclama::pdf::test
