// Money pane.
#include "MoneyPane.h"

#include "Labels.h"
#include "ListColumns.h"
#include "WxText.h"
#include "core/Format.h"
#include "core/Ledger.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace reclama::gui {

using namespace core;

namespace {
enum InvoiceColumn { kNumber, kIssued, kPeriod, kBilled, kCorrect, kDifference, kPaid };
enum PaymentColumn { kDate, kKind, kAmount, kReference };
constexpr int kTotalRows = 8;
} // namespace

MoneyPane::MoneyPane(wxWindow* parent, PaneHost& host) : wxPanel(parent), m_host(host) {
    m_invoices = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_invoices->AppendColumn(_("Invoice"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_invoices->AppendColumn(_("Issued"), wxLIST_FORMAT_LEFT, FromDIP(100));
    m_invoices->AppendColumn(_("Period"), wxLIST_FORMAT_LEFT, FromDIP(190));
    m_invoices->AppendColumn(_("Billed"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    m_invoices->AppendColumn(_("Should be"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    m_invoices->AppendColumn(_("Difference"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    m_invoices->AppendColumn(_("Paid"), wxLIST_FORMAT_RIGHT, FromDIP(110));

    m_payments = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_payments->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(190));
    m_payments->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(120));
    m_payments->AppendColumn(_("Amount"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    m_payments->AppendColumn(_("Reference"), wxLIST_FORMAT_LEFT, FromDIP(240));

    auto* totals = new wxFlexGridSizer(2, FromDIP(4), FromDIP(16));
    const wxString names[kTotalRows] = {
        _("Billed in total"),       _("Should have been billed"), _("Wrongly billed"),
        _("Wrongly paid"),          _("Refunds and compensation"), _("Still to refund"),
        _("Still to cancel"),       _("TOTAL CLAIMED")};
    for (int i = 0; i < kTotalRows; ++i) {
        auto* name = new wxStaticText(this, wxID_ANY, wxString());
        auto* value = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition,
                                       wxSize(FromDIP(140), -1), wxALIGN_RIGHT | wxST_NO_AUTORESIZE);
        if (i == kTotalRows - 1) {
            name->SetFont(name->GetFont().Bold());
            value->SetFont(value->GetFont().Bold());
        }
        name->SetLabel(names[i]);
        name->SetMinSize(wxSize(name->GetTextExtent(names[i]).x + FromDIP(4), -1));
        totals->Add(name, 0, wxALIGN_CENTER_VERTICAL);
        totals->Add(value, 0, wxALIGN_CENTER_VERTICAL | wxEXPAND);
        m_totals.push_back(value);
    }

    auto heading = [this](const wxString& text) {
        auto* label = new wxStaticText(this, wxID_ANY, wxString());
        label->SetFont(label->GetFont().Bold());
        label->SetLabel(text);
        // GTK measures a label with the font it was created with; size it for the bold one.
        label->SetMinSize(wxSize(label->GetTextExtent(text).x + FromDIP(4), -1));
        return label;
    };
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading(_("Invoices")), 0, wxLEFT | wxTOP | wxBOTTOM, FromDIP(8));
    sizer->Add(m_invoices, 3, wxEXPAND);
    sizer->Add(heading(_("Payments, refunds and compensation")), 0, wxLEFT | wxTOP | wxBOTTOM,
               FromDIP(8));
    sizer->Add(m_payments, 2, wxEXPAND);
    sizer->Add(heading(_("Summary")), 0, wxLEFT | wxTOP, FromDIP(8));
    sizer->Add(totals, 0, wxALL, FromDIP(8));
    SetSizer(sizer);

    m_invoices->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& ev) {
        m_host.EditRecord({RecordKind::Invoice, m_case->invoices[ev.GetIndex()].id});
    });
    m_payments->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& ev) {
        m_host.EditRecord({RecordKind::Payment, m_case->payments[ev.GetIndex()].id});
    });
}

void MoneyPane::ShowCase(const core::Case* c, const ViewContext& view) {
    m_case = c;
    m_invoices->Freeze();
    m_payments->Freeze();
    m_invoices->DeleteAllItems();
    m_payments->DeleteAllItems();
    for (auto* t : m_totals) t->SetLabel(wxString());
    if (c) {
        const auto& loc = view.locale;
        const MoneySummary summary = SummarizeMoney(*c);
        long row = 0;
        for (const InvoiceLine& line : summary.invoices) {
            const Invoice& inv = *line.invoice;
            m_invoices->InsertItem(row, ToWx(inv.number));
            m_invoices->SetItem(row, kIssued, ToWx(FormatDate(inv.issued, loc)));
            if (inv.periodFrom && inv.periodTo)
                m_invoices->SetItem(row, kPeriod,
                                    ToWx(FormatDate(*inv.periodFrom, loc)) + L" \u2013 " +
                                        ToWx(FormatDate(*inv.periodTo, loc)));
            m_invoices->SetItem(row, kBilled, ToWx(FormatMoney(inv.billed, loc)));
            m_invoices->SetItem(row, kCorrect, ToWx(FormatMoney(inv.correct, loc)));
            m_invoices->SetItem(row, kDifference, ToWx(FormatMoney(line.difference, loc)));
            m_invoices->SetItem(row, kPaid, ToWx(FormatMoney(inv.paid, loc)));
            if (line.difference.minor != 0)
                m_invoices->SetItemBackgroundColour(row, wxColour(0xff, 0xf0, 0xc2));
            ++row;
        }
        row = 0;
        for (const Payment& p : c->payments) {
            m_payments->InsertItem(row, ToWx(FormatEventTime(p.at, loc)));
            m_payments->SetItem(row, kKind, Label(p.kind));
            m_payments->SetItem(row, kAmount, ToWx(FormatMoney(p.amount, loc)));
            m_payments->SetItem(row, kReference, ToWx(p.reference));
            ++row;
        }
        const Money values[kTotalRows] = {summary.billed,        summary.correct,
                                          summary.wronglyBilled, summary.wronglyPaid,
                                          summary.receivedBack,  summary.stillToRefund,
                                          summary.stillToCancel, summary.totalClaimed};
        for (int i = 0; i < kTotalRows; ++i) m_totals[i]->SetLabel(ToWx(FormatMoney(values[i], loc)));
    }
    FitColumns(m_invoices, 2, {1}); // the period stretches; amounts always show
    FitColumns(m_payments, 3, {1});
    m_invoices->Thaw();
    m_payments->Thaw();
    Layout();
}

wxString MoneyPane::TotalClaimedText() const { return m_totals.back()->GetLabel(); }

} // namespace reclama::gui
