// Next call card.
#include "NextCallDialog.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace reclama::gui {

NextCallDialog::NextCallDialog(wxWindow* parent, const wxString& brief)
    : wxDialog(parent, wxID_ANY, _("Next call"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(8);
    m_text = new wxTextCtrl(this, wxID_ANY, brief, wxDefaultPosition,
                            FromDIP(wxSize(560, 420)), wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    m_text->SetFont(wxFontInfo(m_text->GetFont().GetPointSize()).Family(wxFONTFAMILY_TELETYPE));
    auto* copy = new wxButton(this, wxID_COPY, _("&Copy to clipboard"));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(copy, 0, wxRIGHT, gap);
    buttons->AddStretchSpacer();
    buttons->Add(close);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_text, 1, wxEXPAND | wxALL, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);
    copy->Bind(wxEVT_BUTTON, [this, copy](wxCommandEvent&) {
        if (CopyToClipboard()) copy->SetLabel(_("Copied"));
    });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    copy->SetDefault();
    copy->SetFocus();
}

bool NextCallDialog::CopyToClipboard() {
    wxClipboardLocker lock;
    if (!lock) return false;
    return wxTheClipboard->SetData(new wxTextDataObject(m_text->GetValue()));
}

} // namespace reclama::gui
