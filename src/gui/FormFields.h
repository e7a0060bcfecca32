#pragma once
// Small helpers shared by the entry dialogs: dates between wx and core, times as typed.

#include "core/EventTime.h"

#include <wx/datetime.h>
#include <wx/string.h>

#include <functional>
#include <optional>

class wxDatePickerCtrl;
class wxDialog;

namespace reclama::gui {

wxDateTime ToWxDate(const core::Date& date);
core::Date FromWxDate(const wxDateTime& date);

// A date picker's value (nullopt when it allows "none" and has none).
std::optional<core::Date> PickedDate(const wxDatePickerCtrl* picker);
void SetPickedDate(wxDatePickerCtrl* picker, const std::optional<core::Date>& date);

// "2026-03-02 10:15" in the event's own local time, as the When field shows it.
wxString WhenText(const core::EventTime& at);
// Parses the When field ("2026-03-02 10:15", "2026-03-02", "2026-03") in `zone`; throws
// InputError naming `field`.
core::EventTime ParseWhen(const wxString& text, const std::string& zone, const std::string& field);

// Words the OK and Cancel buttons of `dialog` (made by CreateStdDialogButtonSizer) in Reclama's
// own catalog, so they follow the language chosen in Reclama rather than GTK's stock labels.
void LabelDialogButtons(wxDialog* dialog, const wxString& okLabel);
// As above, and OK runs `readForm`: the dialog closes only when it throws nothing (an error is
// shown and the form stays open to be corrected).
void UseFormButtons(wxDialog* dialog, const wxString& okLabel, std::function<void()> readForm);

} // namespace reclama::gui
