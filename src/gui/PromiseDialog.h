#pragma once
// Editing a promise: what exactly, by whom, when it is due, its status and when it was resolved.

#include "core/Format.h"
#include "core/Model.h"

#include <wx/dialog.h>

class wxChoice;
class wxTextCtrl;

namespace reclama::gui {

class DateField;

class PromiseDialog : public wxDialog {
public:
    PromiseDialog(wxWindow* parent, const core::Promise& promise, const core::FormatLocale& locale);
    const core::Promise& Result() const { return m_result; }
    void ReadForm(); // throws InputError naming the field

private:
    core::Promise m_result;
    wxTextCtrl* m_by = nullptr;
    wxTextCtrl* m_text = nullptr;
    DateField* m_due = nullptr;
    wxChoice* m_status = nullptr;
    DateField* m_resolved = nullptr;
};

} // namespace reclama::gui
