// Invoice entry.
#include "InvoiceDialog.h"

#include "DateField.h"
#include "ViewContext.h"
#include "FormFields.h"
#include "WxText.h"
#include "core/Error.h"
#include "core/Money.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace reclama::gui {

using namespace core;

InvoiceDialog::InvoiceDialog(wxWindow* parent, const Case& c, const Invoice* existing,
                             const Date& today)
    : wxDialog(parent, wxID_ANY, existing ? _("Edit invoice") : _("Add an invoice")), m_case(c) {
    Invoice initial;
    if (existing)
        initial = *existing;
    else {
        initial.issued = today;
        initial.billed = initial.correct = initial.paid = Money{0, c.currency};
    }
    m_result = initial;
    const int gap = FromDIP(6);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    auto date = [&](const wxString& caption, const std::optional<Date>& value, bool optional) {
        label(caption);
        auto* picker = new DateField(this, LocaleFor(InterfaceLanguage(), c), optional, value);
        grid->Add(picker, 0);
        return picker;
    };
    auto amount = [&](const wxString& caption, const Money& value, bool keep) {
        label(wxString::Format("%s (%s)", caption, ToWx(c.currency)));
        auto* ctrl = new wxTextCtrl(this, wxID_ANY, keep ? ToWx(ToCanonical(value)) : wxString());
        ctrl->SetHint(ToWx(ToCanonical(Money{0, c.currency})));
        grid->Add(ctrl, 1, wxEXPAND);
        return ctrl;
    };
    label(_("Invoice number"));
    m_number = new wxTextCtrl(this, wxID_ANY, ToWx(initial.number));
    grid->Add(m_number, 1, wxEXPAND);
    m_issued = date(_("Issued on"), initial.issued, false);
    m_from = date(_("Period from"), initial.periodFrom, true);
    m_to = date(_("Period to"), initial.periodTo, true);
    m_due = date(_("Due on"), initial.due, true);
    m_billed = amount(_("Billed"), initial.billed, existing != nullptr);
    m_correct = amount(_("Should have been"), initial.correct, existing != nullptr);
    m_paid = amount(_("Paid"), initial.paid, existing != nullptr);

    auto* note = new wxStaticText(this, wxID_ANY,
                                  _("Leave \"Should have been\" empty when the amount is right."));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap * 2);
    sizer->Add(note, 0, wxLEFT | wxRIGHT, gap * 2);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    UseFormButtons(this, _("&Save"), [this] { ReadForm(); });
    m_number->SetFocus();
}

void InvoiceDialog::ReadForm() {
    Invoice inv = m_result;
    inv.number = ToUtf8(m_number->GetValue().Strip(wxString::both));
    if (inv.number.empty())
        throw InputError(ToUtf8(_("Invoice number")), ToUtf8(_("it is needed to tell invoices apart")));
    inv.issued = *m_issued->Value(ToUtf8(_("Issued on")));
    inv.periodFrom = m_from->Value(ToUtf8(_("Period from")));
    inv.periodTo = m_to->Value(ToUtf8(_("Period to")));
    inv.due = m_due->Value(ToUtf8(_("Due on")));
    auto parse = [this](wxTextCtrl* ctrl, const wxString& field, std::optional<Money> fallback) {
        const wxString text = ctrl->GetValue().Strip(wxString::both);
        if (text.empty() && fallback) return *fallback;
        return ParseAmount(ToUtf8(text), m_case.currency, ToUtf8(field));
    };
    inv.billed = parse(m_billed, _("Billed"), std::nullopt);
    inv.correct = parse(m_correct, _("Should have been"), inv.billed);
    inv.paid = parse(m_paid, _("Paid"), Money{0, m_case.currency});
    m_result = inv;
}

} // namespace reclama::gui
