#pragma once
// The "Next call" card: the brief to have in front of you when calling the company again
// (references, open promises, what to ask), with a button that copies it to the clipboard.

#include <wx/dialog.h>

class wxTextCtrl;

namespace reclama::gui {

class NextCallDialog : public wxDialog {
public:
    NextCallDialog(wxWindow* parent, const wxString& brief);
    // Puts the brief on the clipboard; false when the clipboard cannot be opened.
    bool CopyToClipboard();
    wxTextCtrl* Text() const { return m_text; }

private:
    wxTextCtrl* m_text = nullptr;
};

} // namespace reclama::gui
