#pragma once
// A date box that writes dates the way the person reads them (dd/mm/yyyy, or mm/dd/yyyy for the
// United States; ISO 2026-03-09 is accepted too), with a calendar button. Optional fields stay
// empty until a date is chosen: empty means "no date", never today.

#include "core/EventTime.h"
#include "core/Format.h"

#include <wx/panel.h>

#include <optional>

class wxTextCtrl;
class wxButton;

namespace reclama::gui {

class DateField : public wxPanel {
public:
    DateField(wxWindow* parent, const core::FormatLocale& locale, bool optional,
              const std::optional<core::Date>& value = std::nullopt);

    // The date typed or chosen; nullopt when empty. Throws InputError naming `field` when the
    // text is not a date (or is empty in a required field).
    std::optional<core::Date> Value(const std::string& field) const;
    void SetValue(const std::optional<core::Date>& date);
    wxTextCtrl* Text() const { return m_text; }
    bool IsEmpty() const;

private:
    void ShowCalendar();

    core::FormatLocale m_locale;
    bool m_optional;
    wxTextCtrl* m_text = nullptr;
    wxButton* m_calendar = nullptr;
};

// Day-first or month-first numeric text for a date in `locale` ("09/03/2026"), and back.
std::string DateFieldText(const core::Date& date, const core::FormatLocale& locale);
std::optional<core::Date> ParseDateFieldText(const std::string& text, const core::FormatLocale& locale);

// The interface language installed last ("es", "en"); dialogs combine it with a case's country.
std::string InterfaceLanguage();
void SetInterfaceLanguage(const std::string& language);

} // namespace reclama::gui
