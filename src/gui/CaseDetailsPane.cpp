// Case details form.
#include "CaseDetailsPane.h"

#include "Labels.h"
#include "WxText.h"

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <sstream>

namespace reclama::gui {

using namespace core;

namespace {
constexpr int kSaveDelayMs = 700;
const char* const kLanguages[] = {"es", "en"};

std::string Trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}
} // namespace

std::vector<Reference> ParseReferences(const std::string& text) {
    std::vector<Reference> refs;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        line = Trim(line);
        if (line.empty()) continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            refs.push_back({"", line});
        else
            refs.push_back({Trim(line.substr(0, colon)), Trim(line.substr(colon + 1))});
    }
    return refs;
}

std::string FormatReferences(const std::vector<Reference>& refs) {
    std::string out;
    for (const auto& r : refs) {
        if (!out.empty()) out += '\n';
        out += r.label.empty() ? r.value : r.label + ": " + r.value;
    }
    return out;
}

CaseDetailsPane::CaseDetailsPane(wxWindow* parent, PaneHost& host)
    : wxScrolledWindow(parent), m_host(host), m_saveTimer(this) {
    SetScrollRate(0, FromDIP(10));
    const int gap = FromDIP(6);

    auto group = [&](const wxString& title) {
        auto* box = new wxStaticBoxSizer(wxVERTICAL, this, title);
        auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
        grid->AddGrowableCol(1, 1);
        box->Add(grid, 1, wxEXPAND | wxALL, gap);
        return std::make_pair(box, grid);
    };

    auto [caseBox, caseGrid] = group(_("Case"));
    auto* cb = caseBox->GetStaticBox();
    m_title = AddText(cb, caseGrid, _("Title"), [](Case& c) -> std::string& { return c.title; });
    caseGrid->Add(new wxStaticText(cb, wxID_ANY, _("Status")), 0, wxALIGN_CENTER_VERTICAL);
    m_status = new wxChoice(cb, wxID_ANY);
    for (auto s : AllCaseStatuses()) m_status->Append(Label(s));
    caseGrid->Add(m_status, 0);
    AddText(cb, caseGrid, _("Jurisdiction (country code)"),
            [](Case& c) -> std::string& { return c.jurisdiction; });
    caseGrid->Add(new wxStaticText(cb, wxID_ANY, _("Dossier language")), 0, wxALIGN_CENTER_VERTICAL);
    m_language = new wxChoice(cb, wxID_ANY);
    m_language->Append(_("Spanish"));
    m_language->Append(_("English"));
    caseGrid->Add(m_language, 0);
    AddText(cb, caseGrid, _("Currency"), [](Case& c) -> std::string& { return c.currency; });
    AddText(cb, caseGrid, _("Time zone"), [](Case& c) -> std::string& { return c.timezone; });
    // The how-to goes under the box, not in the label, so the label column stays narrow and
    // the fields get the width.
    caseGrid->Add(new wxStaticText(cb, wxID_ANY, _("References")), 0, wxALIGN_TOP | wxTOP, gap / 2);
    auto* references = new wxBoxSizer(wxVERTICAL);
    m_references = new wxTextCtrl(cb, wxID_ANY, wxString(), wxDefaultPosition,
                                  wxSize(-1, FromDIP(60)), wxTE_MULTILINE);
    references->Add(m_references, 1, wxEXPAND);
    auto* howTo = new wxStaticText(cb, wxID_ANY, _("one \"label: value\" a line"));
    howTo->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    references->Add(howTo, 0, wxTOP, gap / 2);
    caseGrid->Add(references, 1, wxEXPAND);

    auto [claimantBox, claimantGrid] = group(_("Claimant"));
    auto* lb = claimantBox->GetStaticBox();
    AddText(lb, claimantGrid, _("Name"), [](Case& c) -> std::string& { return c.claimant.name; });
    AddText(lb, claimantGrid, _("ID number"),
            [](Case& c) -> std::string& { return c.claimant.idNumber; });
    AddText(lb, claimantGrid, _("Address"),
            [](Case& c) -> std::string& { return c.claimant.address; });
    AddText(lb, claimantGrid, _("Email"), [](Case& c) -> std::string& { return c.claimant.email; });
    AddText(lb, claimantGrid, _("Phone"), [](Case& c) -> std::string& { return c.claimant.phone; });
    AddText(lb, claimantGrid, _("Representative"),
            [](Case& c) -> std::string& { return c.claimant.representative; });

    auto [companyBox, companyGrid] = group(_("Company"));
    auto* mb = companyBox->GetStaticBox();
    AddText(mb, companyGrid, _("Name"), [](Case& c) -> std::string& { return c.company.name; });
    AddText(mb, companyGrid, _("Tax ID"), [](Case& c) -> std::string& { return c.company.taxId; });
    AddText(mb, companyGrid, _("Address"),
            [](Case& c) -> std::string& { return c.company.address; });
    AddText(mb, companyGrid, _("Customer number"),
            [](Case& c) -> std::string& { return c.company.customerNumber; });

    auto [claimBox, claimGrid] = group(_("Claim"));
    auto* ab = claimBox->GetStaticBox();
    AddText(ab, claimGrid, _("Summary"), [](Case& c) -> std::string& { return c.summary; }, true);
    AddText(ab, claimGrid, _("Remedy sought"), [](Case& c) -> std::string& { return c.remedy; },
            true);
    claimGrid->AddGrowableRow(0, 2);
    claimGrid->AddGrowableRow(1, 1);

    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(claimantBox, 0, wxEXPAND | wxBOTTOM, gap);
    right->Add(companyBox, 0, wxEXPAND);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(caseBox, 1, wxEXPAND | wxRIGHT, gap);
    top->Add(right, 1, wxEXPAND);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, gap);
    sizer->Add(claimBox, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(sizer);

    m_references->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Changed(); });
    m_references->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& ev) { Flush(); ev.Skip(); });
    m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Changed(); Flush(); });
    m_language->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Changed(); Flush(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Flush(); });
    Enable(false);
}

wxTextCtrl* CaseDetailsPane::AddText(wxWindow* parent, wxSizer* grid, const wxString& label,
                                     std::function<std::string&(Case&)> member, bool multiline) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0,
              multiline ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL);
    auto* ctrl = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                                multiline ? wxSize(-1, FromDIP(70)) : wxDefaultSize,
                                multiline ? wxTE_MULTILINE : 0);
    grid->Add(ctrl, 1, wxEXPAND);
    ctrl->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Changed(); });
    ctrl->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& ev) { Flush(); ev.Skip(); });
    m_fields.push_back({ctrl, std::move(member)});
    return ctrl;
}

void CaseDetailsPane::ShowCase(const core::Case* c, const ViewContext&) {
    m_case = c;
    m_filling = true;
    Enable(c != nullptr);
    Case copy = c ? *c : Case{};
    auto set = [](wxTextCtrl* ctrl, const wxString& value) {
        if (ctrl->GetValue() != value) ctrl->ChangeValue(value); // keep the caret when unchanged
    };
    for (auto& f : m_fields) set(f.ctrl, c ? ToWx(f.member(copy)) : wxString());
    set(m_references, ToWx(FormatReferences(copy.references)));
    m_status->SetSelection(static_cast<int>(copy.status));
    m_language->SetSelection(copy.language == "en" ? 1 : 0);
    m_filling = false;
    m_dirty = false;
    FitInside();
}

void CaseDetailsPane::Changed() {
    if (m_filling || !m_case) return;
    m_dirty = true;
    m_saveTimer.StartOnce(kSaveDelayMs);
}

void CaseDetailsPane::Flush() {
    m_saveTimer.Stop();
    if (m_dirty && m_case) Save();
}

void CaseDetailsPane::Save() {
    m_dirty = false;
    Case header = *m_case;
    for (auto& f : m_fields) f.member(header) = ToUtf8(f.ctrl->GetValue());
    header.references = ParseReferences(ToUtf8(m_references->GetValue()));
    header.status = AllCaseStatuses()[std::max(0, m_status->GetSelection())];
    header.language = kLanguages[std::max(0, m_language->GetSelection())];
    m_host.SaveCaseHeader(header);
}

} // namespace reclama::gui
