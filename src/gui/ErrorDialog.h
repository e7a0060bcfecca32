#pragma once
// The dialog every error is shown in: an icon, the message (wrapped, so a long file path never
// widens it past the screen) and OK. A plain wxDialog rather than GTK's message box, so that it
// looks the same everywhere and can be shown without a modal loop for screenshots.

#include <wx/dialog.h>

namespace reclama::gui {

class ErrorDialog : public wxDialog {
public:
    ErrorDialog(wxWindow* parent, const wxString& message);
};

} // namespace reclama::gui
