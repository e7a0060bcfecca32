// Error dialog.
#include "ErrorDialog.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace reclama::gui {

namespace {
// Paths have no spaces to wrap at: offer a break after each separator, invisibly.
wxString BreakablePaths(wxString text) {
    text.Replace("/", L"/\u200B");
    return text;
}
} // namespace

ErrorDialog::ErrorDialog(wxWindow* parent, const wxString& message)
    : wxDialog(parent, wxID_ANY, _("Reclama"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE) {
    const int gap = FromDIP(12);
    auto* icon = new wxStaticBitmap(
        this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_MESSAGE_BOX));
    auto* text = new wxStaticText(this, wxID_ANY, BreakablePaths(message));
    text->Wrap(FromDIP(460));
    auto* ok = new wxButton(this, wxID_OK, _("OK"));
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(icon, 0, wxRIGHT, gap);
    body->Add(text, 1, wxEXPAND);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(body, 1, wxEXPAND | wxALL, gap);
    sizer->Add(ok, 0, wxALIGN_RIGHT | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_OK);
    ok->SetDefault();
    ok->SetFocus();
    CentreOnParent();
}

} // namespace reclama::gui
