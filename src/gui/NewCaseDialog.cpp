// New case dialog.
#include "NewCaseDialog.h"

#include "FormFields.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace reclama::gui {

const std::vector<CountryDefaults>& KnownCountries() {
    static const std::vector<CountryDefaults> countries{
        {"ES", "EUR", "Europe/Madrid", "es"},
        {"CL", "CLP", "America/Santiago", "es"},
        {"GB", "GBP", "Europe/London", "en"},
        {"US", "USD", "America/New_York", "en"},
    };
    return countries;
}

namespace {
wxString CountryName(const std::string& code) {
    if (code == "ES") return _("Spain");
    if (code == "CL") return _("Chile");
    if (code == "GB") return _("United Kingdom");
    if (code == "US") return _("United States");
    return ToWx(code);
}
} // namespace

NewCaseDialog::NewCaseDialog(wxWindow* parent) : wxDialog(parent, wxID_ANY, _("New case")) {
    const int gap = FromDIP(6);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    auto text = [&](const wxString& caption, const wxString& hint) {
        grid->Add(new wxStaticText(this, wxID_ANY, caption), 0, wxALIGN_CENTER_VERTICAL);
        auto* ctrl = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                    wxSize(FromDIP(320), -1));
        ctrl->SetHint(hint);
        grid->Add(ctrl, 1, wxEXPAND);
        return ctrl;
    };
    m_title = text(_("Title"), _("e.g. Internet down since March"));
    m_company = text(_("Company"), _(L"e.g. Telefónica"));
    m_claimant = text(_("Your name"), wxString());
    grid->Add(new wxStaticText(this, wxID_ANY, _("Country")), 0, wxALIGN_CENTER_VERTICAL);
    m_country = new wxChoice(this, wxID_ANY);
    for (const auto& c : KnownCountries()) m_country->Append(CountryName(c.code));
    m_country->SetSelection(0);
    grid->Add(m_country, 0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap * 2);
    sizer->Add(new wxStaticText(this, wxID_ANY,
                                _("Everything else can be filled in later under Case details.")),
               0, wxLEFT | wxRIGHT, gap * 2);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    UseFormButtons(this, _("&Create"), [this] { ReadForm(); });
    m_title->SetFocus();
}

void NewCaseDialog::ReadForm() {
    core::Case c;
    c.title = ToUtf8(m_title->GetValue().Strip(wxString::both));
    c.company.name = ToUtf8(m_company->GetValue().Strip(wxString::both));
    c.claimant.name = ToUtf8(m_claimant->GetValue().Strip(wxString::both));
    if (c.title.empty()) throw InputError(ToUtf8(_("Title")), ToUtf8(_("give the case a title")));
    if (c.company.name.empty())
        throw InputError(ToUtf8(_("Company")), ToUtf8(_("name the company the claim is against")));
    const auto& country = KnownCountries()[std::max(0, m_country->GetSelection())];
    c.jurisdiction = country.code;
    c.currency = country.currency;
    c.timezone = country.zone;
    c.language = country.language;
    m_result = c;
}

} // namespace reclama::gui
