// Payment entry.
#include "PaymentDialog.h"

#include "FormFields.h"
#include "Labels.h"
#include "WxText.h"
#include "core/Money.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace reclama::gui {

using namespace core;

PaymentDialog::PaymentDialog(wxWindow* parent, const Case& c, const Payment* existing,
                             boost::posix_time::ptime utcNow)
    : wxDialog(parent, wxID_ANY, existing ? _("Edit payment") : _("Add a payment or refund")),
      m_case(c) {
    Payment initial;
    if (existing)
        initial = *existing;
    else {
        initial.at = NowIn(c.timezone, utcNow);
        initial.at.precision = Precision::Day;
        initial.amount = Money{0, c.currency};
    }
    m_result = initial;
    const int gap = FromDIP(6);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    label(wxString::Format(_("When (%s)"), ToWx(c.timezone)));
    m_when = new wxTextCtrl(this, wxID_ANY, WhenText(initial.at));
    m_when->SetHint(_("YYYY-MM-DD HH:MM"));
    grid->Add(m_when, 1, wxEXPAND);
    label(_("Kind"));
    m_kind = new wxChoice(this, wxID_ANY);
    for (auto k : AllPaymentKinds()) m_kind->Append(Label(k));
    m_kind->SetSelection(static_cast<int>(initial.kind));
    grid->Add(m_kind, 1, wxEXPAND);
    label(wxString::Format("%s (%s)", _("Amount"), ToWx(c.currency)));
    m_amount = new wxTextCtrl(this, wxID_ANY,
                              existing ? ToWx(ToCanonical(initial.amount)) : wxString());
    m_amount->SetHint(ToWx(ToCanonical(Money{0, c.currency})));
    grid->Add(m_amount, 1, wxEXPAND);
    label(_("Reference"));
    m_reference = new wxTextCtrl(this, wxID_ANY, ToWx(initial.reference));
    grid->Add(m_reference, 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap * 2);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(420)), GetSize().y));
    UseFormButtons(this, _("&Save"), [this] { ReadForm(); });
    m_amount->SetFocus();
}

void PaymentDialog::ReadForm() {
    Payment p = m_result;
    p.at = ParseWhen(m_when->GetValue(), m_case.timezone, ToUtf8(_("When")));
    p.kind = AllPaymentKinds()[std::max(0, m_kind->GetSelection())];
    p.amount = ParseAmount(ToUtf8(m_amount->GetValue().Strip(wxString::both)), m_case.currency,
                           ToUtf8(_("Amount")));
    p.reference = ToUtf8(m_reference->GetValue().Strip(wxString::both));
    m_result = p;
}

} // namespace reclama::gui
