// Questions and notices.
#include "Prompts.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>

namespace reclama::gui {

namespace {
PromptSink& Sink() {
    static PromptSink sink;
    return sink;
}
} // namespace

bool AskYesNo(wxWindow* parent, const wxString& question) {
    if (Sink().ask) return Sink().ask(question);
    wxMessageDialog dialog(parent, question, _("Reclama"),
                           wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    return dialog.ShowModal() == wxID_YES;
}

void ShowInfo(wxWindow* parent, const wxString& title, const wxString& message) {
    if (Sink().info) {
        Sink().info(title, message);
        return;
    }
    wxMessageDialog dialog(parent, message, title, wxOK | wxICON_INFORMATION);
    dialog.ShowModal();
}

void SetPromptSink(PromptSink sink) { Sink() = std::move(sink); }

} // namespace reclama::gui
