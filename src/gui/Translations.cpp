// Catalog loading.
#include "Translations.h"

#include "DateField.h"

#include "WxText.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

namespace reclama::gui {

std::string ChooseLanguage(const std::string& option, const std::string& preference) {
    for (const auto& choice : {option, preference})
        if (choice == "es" || choice == "en") return choice;
    // wxLocale::GetSystemLanguage only reads the environment; it opens no dialog.
    const int system = wxLocale::GetSystemLanguage();
    if (system != wxLANGUAGE_UNKNOWN && system != wxLANGUAGE_DEFAULT) {
        const wxString name = wxLocale::GetLanguageCanonicalName(system);
        if (name.StartsWith("es")) return "es";
        return "en";
    }
    return "es";
}

bool InstallTranslations(const std::string& language) {
    // The build tree keeps catalogs in bin/../locale, an installation in bin/../share/locale.
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    for (const char* relative : {"../locale", "../share/locale"}) {
        wxFileName dir(exe.GetPath() + "/" + relative, wxString());
        dir.Normalize(wxPATH_NORM_DOTS | wxPATH_NORM_ABSOLUTE);
        if (dir.DirExists()) wxFileTranslationsLoader::AddCatalogLookupPathPrefix(dir.GetPath());
    }
    SetInterfaceLanguage(language);
    auto* translations = new wxTranslations;
    translations->SetLanguage(ToWx(language));
    wxTranslations::Set(translations);
    const bool found = translations->AddCatalog("reclama", wxLANGUAGE_ENGLISH_US);
    translations->AddStdCatalog(); // wx's own strings, where the system has them
    return found;
}

} // namespace reclama::gui
