#pragma once
// The questions and notices the window puts to a person (yes/no before replacing a library,
// "the library is in good order"). One place, so that headless tests can answer them instead of
// a modal dialog waiting for a click that never comes.

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace reclama::gui {

// True when the person answers Yes. `question` says what will happen.
bool AskYesNo(wxWindow* parent, const wxString& question);
void ShowInfo(wxWindow* parent, const wxString& title, const wxString& message);

// Replaces the dialogs (empty functions restore them): tests record what was asked and answer.
struct PromptSink {
    std::function<bool(const wxString& question)> ask;
    std::function<void(const wxString& title, const wxString& message)> info;
};
void SetPromptSink(PromptSink sink);

} // namespace reclama::gui
