// Promise editing.
#include "PromiseDialog.h"

#include "DateField.h"
#include "FormFields.h"
#include "Labels.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace reclama::gui {

using namespace core;

PromiseDialog::PromiseDialog(wxWindow* parent, const Promise& promise, const FormatLocale& locale)
    : wxDialog(parent, wxID_ANY, _("Edit promise"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_result(promise) {
    const int gap = FromDIP(6);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableRow(1, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    auto picker = [&](const std::optional<Date>& value) {
        auto* p = new DateField(this, locale, true, value);
        grid->Add(p, 0);
        return p;
    };
    label(_("Promised by"));
    m_by = new wxTextCtrl(this, wxID_ANY, ToWx(promise.by));
    grid->Add(m_by, 1, wxEXPAND);
    label(_("What exactly"));
    m_text = new wxTextCtrl(this, wxID_ANY, ToWx(promise.text), wxDefaultPosition,
                            wxSize(FromDIP(380), FromDIP(60)), wxTE_MULTILINE);
    grid->Add(m_text, 1, wxEXPAND);
    label(_("Due on"));
    m_due = picker(promise.due);
    label(_("Status"));
    m_status = new wxChoice(this, wxID_ANY);
    for (auto s : AllPromiseStatuses()) m_status->Append(Label(s));
    m_status->SetSelection(static_cast<int>(promise.status));
    grid->Add(m_status, 0);
    label(_("Resolved on"));
    m_resolved = picker(promise.resolved);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, gap * 2);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    UseFormButtons(this, _("&Save"), [this] { ReadForm(); });
}

void PromiseDialog::ReadForm() {
    Promise p = m_result;
    p.by = ToUtf8(m_by->GetValue().Strip(wxString::both));
    p.text = ToUtf8(m_text->GetValue().Strip(wxString::both));
    if (p.text.empty())
        throw InputError(ToUtf8(_("What exactly")), ToUtf8(_("write what was promised")));
    p.due = m_due->Value(ToUtf8(_("Due on")));
    p.status = AllPromiseStatuses()[std::max(0, m_status->GetSelection())];
    p.resolved = m_resolved->Value(ToUtf8(_("Resolved on")));
    m_result = p;
}

} // namespace reclama::gui
