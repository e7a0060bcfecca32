// Error dialog.
#include "ErrorDialog.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/arrstr.h>

namespace reclama::gui {

namespace {

// The longest start of `word` that fits `width`, preferably ending after a '/' (paths are the
// long words of error messages); at least one character.
std::size_t FittingPrefix(const wxWindow* w, const wxString& word, int width) {
    std::size_t fits = 1;
    while (fits < word.length() && w->GetTextExtent(word.Left(fits + 1)).x <= width) ++fits;
    const std::size_t slash = word.Left(fits).find_last_of('/');
    return slash != wxString::npos && slash > 0 && fits < word.length() ? slash + 1 : fits;
}

// wxStaticText::Wrap breaks only at spaces, and a path has none: this also breaks long words.
wxString WrapToWidth(const wxWindow* w, const wxString& text, int width) {
    wxString wrapped;
    for (const wxString& paragraph : wxSplit(text, '\n', '\0')) {
        wxString line;
        auto flush = [&] {
            wrapped += line + "\n";
            line.clear();
        };
        for (wxString word : wxSplit(paragraph, ' ', '\0')) {
            const wxString candidate = line.empty() ? word : line + " " + word;
            if (w->GetTextExtent(candidate).x <= width) {
                line = candidate;
                continue;
            }
            if (!line.empty()) flush();
            while (w->GetTextExtent(word).x > width) {
                const std::size_t n = FittingPrefix(w, word, width);
                line = word.Left(n);
                flush();
                word = word.Mid(n);
            }
            line = word;
        }
        flush();
    }
    wrapped.RemoveLast(); // the last line's newline
    return wrapped;
}

} // namespace

ErrorDialog::ErrorDialog(wxWindow* parent, const wxString& message)
    : wxDialog(parent, wxID_ANY, _("Reclama"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE) {
    const int gap = FromDIP(12);
    auto* icon = new wxStaticBitmap(
        this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_MESSAGE_BOX));
    auto* text = new wxStaticText(this, wxID_ANY, wxString());
    text->SetLabel(WrapToWidth(text, message, FromDIP(460)));
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
