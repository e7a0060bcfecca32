// Record history viewer: list of versions above the selected version's content.
#include "HistoryDialog.h"

#include "WxText.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace reclama::gui {

HistoryDialog::HistoryDialog(wxWindow* parent, const wxString& handle,
                             const std::vector<HistoryEntry>& entries)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("History of %s"), handle), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(8);
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(560, 160)),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("When (UTC)"), wxLIST_FORMAT_LEFT, FromDIP(200));
    list->AppendColumn(_("Change"), wxLIST_FORMAT_LEFT, FromDIP(120));
    auto* details = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                   FromDIP(wxSize(560, 220)), wxTE_MULTILINE | wxTE_READONLY);
    details->SetFont(wxFontInfo(details->GetFont().GetPointSize()).Family(wxFONTFAMILY_TELETYPE));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        list->InsertItem(long(i), ToWx(entries[i].when));
        list->SetItem(long(i), 1, ToWx(entries[i].action));
    }
    list->Bind(wxEVT_LIST_ITEM_SELECTED, [details, entries](wxListEvent& ev) {
        details->ChangeValue(ToWx(entries[static_cast<std::size_t>(ev.GetIndex())].details));
    });
    if (!entries.empty())
        list->SetItemState(long(entries.size() - 1), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    else
        details->ChangeValue(_("No history recorded for this record."));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(list, 1, wxEXPAND | wxALL, gap);
    sizer->Add(details, 2, wxEXPAND | wxLEFT | wxRIGHT, gap);
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    sizer->Add(close, 0, wxALIGN_RIGHT | wxALL, gap);
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
}

} // namespace reclama::gui
