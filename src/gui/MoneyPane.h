#pragma once
// Invoices and payments of a case, the disputed difference per invoice, and the totals of the
// money summary (core::SummarizeMoney), all written with core::FormatMoney.

#include "PaneHost.h"
#include "ViewContext.h"

#include <wx/panel.h>

class wxListCtrl;
class wxFlexGridSizer;
class wxStaticText;

namespace reclama::gui {

class MoneyPane : public wxPanel {
public:
    MoneyPane(wxWindow* parent, PaneHost& host);
    void ShowCase(const core::Case* c, const ViewContext& view);
    wxListCtrl* Invoices() const { return m_invoices; }
    wxListCtrl* Payments() const { return m_payments; }
    // The "total claimed" figure as shown, for tests and the status bar.
    wxString TotalClaimedText() const;

private:
    PaneHost& m_host;
    const core::Case* m_case = nullptr;
    wxListCtrl* m_invoices = nullptr;
    wxListCtrl* m_payments = nullptr;
    std::vector<wxStaticText*> m_totals; // value labels, in the order of kTotalRows
};

} // namespace reclama::gui
