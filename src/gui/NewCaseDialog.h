#pragma once
// Starting a case: a title, the company, the claimant and the country, from which the currency,
// time zone and dossier language get sensible defaults.

#include "core/Model.h"

#include <wx/dialog.h>

class wxChoice;
class wxTextCtrl;

namespace reclama::gui {

class NewCaseDialog : public wxDialog {
public:
    explicit NewCaseDialog(wxWindow* parent);
    const core::Case& Result() const { return m_result; }
    wxTextCtrl* TitleCtrl() const { return m_title; }
    wxTextCtrl* CompanyCtrl() const { return m_company; }
    wxTextCtrl* ClaimantCtrl() const { return m_claimant; }
    wxChoice* CountryCtrl() const { return m_country; }
    void ReadForm(); // throws InputError naming the field

private:
    core::Case m_result;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_company = nullptr;
    wxTextCtrl* m_claimant = nullptr;
    wxChoice* m_country = nullptr;
};

// Defaults per country: currency, IANA zone, dossier language.
struct CountryDefaults {
    const char* code;
    const char* currency;
    const char* zone;
    const char* language;
};
const std::vector<CountryDefaults>& KnownCountries();

} // namespace reclama::gui
