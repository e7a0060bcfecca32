#pragma once
// Interface language: the catalogs in res/locale compiled to .mo, loaded with wxTranslations
// (never wxLocale: a missing system locale would open a modal dialog and hang headless runs).

#include <string>

namespace reclama::gui {

// "es" or "en": the preference if set, else the system's language (Spanish when it is Spanish).
std::string ChooseLanguage(const std::string& option, const std::string& preference);

// Installs the catalogs for `language`; returns false when none was found (English is shown).
bool InstallTranslations(const std::string& language);

} // namespace reclama::gui
