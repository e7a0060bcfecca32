#pragma once
// Quick entry (and editing) of an invoice: number, dates, what was billed, what should have
// been billed and what was paid. The difference is derived, never typed.

#include "core/Model.h"

#include <wx/dialog.h>

class wxTextCtrl;

namespace reclama::gui {

class DateField;

class InvoiceDialog : public wxDialog {
public:
    InvoiceDialog(wxWindow* parent, const core::Case& c, const core::Invoice* existing,
                  const core::Date& today);
    const core::Invoice& Result() const { return m_result; }
    wxTextCtrl* NumberCtrl() const { return m_number; }
    wxTextCtrl* BilledCtrl() const { return m_billed; }
    wxTextCtrl* CorrectCtrl() const { return m_correct; }
    wxTextCtrl* PaidCtrl() const { return m_paid; }
    void ReadForm(); // throws InputError naming the field

private:
    const core::Case& m_case;
    core::Invoice m_result;
    wxTextCtrl* m_number = nullptr;
    DateField* m_issued = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    DateField* m_due = nullptr;
    wxTextCtrl* m_billed = nullptr;
    wxTextCtrl* m_correct = nullptr;
    wxTextCtrl* m_paid = nullptr;
};

} // namespace reclama::gui
