// Date entry in the reader's own order, with a calendar pop-up.
#include "DateField.h"

#include "FormFields.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/button.h>
#include <wx/calctrl.h>
#include <wx/generic/calctrlg.h>
#include <wx/intl.h>
#include <wx/popupwin.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <cstdio>
#include <functional>

namespace reclama::gui {

namespace {

bool MonthFirst(const core::FormatLocale& locale) { return locale.country == "US"; }

std::string g_language = "en";

// Closes itself when a day is picked (or when the person clicks elsewhere).
class CalendarPopup : public wxPopupTransientWindow {
public:
    CalendarPopup(wxWindow* parent, const wxDateTime& start, std::function<void(wxDateTime)> chosen)
        : wxPopupTransientWindow(parent, wxBORDER_SIMPLE), m_chosen(std::move(chosen)) {
        // The generic calendar everywhere: it can tell which day was clicked.
        auto* calendar = new wxGenericCalendarCtrl(this, wxID_ANY, start, wxDefaultPosition,
                                            wxDefaultSize,
                                            wxCAL_MONDAY_FIRST | wxCAL_SHOW_HOLIDAYS);
        calendar->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent& e) { Pick(e.GetDate()); });
        calendar->Bind(wxEVT_LEFT_UP, [this, calendar](wxMouseEvent& e) {
            e.Skip();
            wxDateTime day;
            if (calendar->HitTest(e.GetPosition(), &day) == wxCAL_HITTEST_DAY) Pick(day);
        });
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(calendar, 0, wxALL, 2);
        SetSizerAndFit(sizer);
    }

private:
    void Pick(const wxDateTime& day) {
        if (m_done) return;
        m_done = true;
        m_chosen(day);
        Dismiss();
    }
    std::function<void(wxDateTime)> m_chosen;
    bool m_done = false;
};

} // namespace

std::string InterfaceLanguage() { return g_language; }
void SetInterfaceLanguage(const std::string& language) { g_language = language; }

std::string DateFieldText(const core::Date& date, const core::FormatLocale& locale) {
    char text[40];
    const int d = date.day(), m = date.month(), y = date.year();
    std::snprintf(text, sizeof text, "%02d/%02d/%04d", MonthFirst(locale) ? m : d,
                  MonthFirst(locale) ? d : m, y);
    return text;
}

std::optional<core::Date> ParseDateFieldText(const std::string& text, const core::FormatLocale& locale) {
    int a = 0, b = 0, y = 0;
    char extra = 0;
    try {
        if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &a, &b, &extra) == 3)
            return core::Date(y, a, b);
        for (const char* pattern : {"%d/%d/%d%c", "%d.%d.%d%c", "%d-%d-%d%c"})
            if (std::sscanf(text.c_str(), pattern, &a, &b, &y, &extra) == 3 && y >= 1000) {
                if (MonthFirst(locale)) std::swap(a, b);
                return core::Date(y, b, a);
            }
    } catch (const std::exception&) {
        // boost refuses 31/02: not a date.
    }
    return std::nullopt;
}

DateField::DateField(wxWindow* parent, const core::FormatLocale& locale, bool optional,
                     const std::optional<core::Date>& value)
    : wxPanel(parent), m_locale(locale), m_optional(optional) {
    m_text = new wxTextCtrl(this, wxID_ANY);
    m_text->SetHint(MonthFirst(locale) ? _("mm/dd/yyyy") : _("dd/mm/yyyy"));
    // Wide enough for the date and the hint, whatever the font.
    m_text->SetInitialSize(wxSize(m_text->GetTextExtent("00/00/00000").x + FromDIP(24), -1));
    m_calendar = new wxButton(this, wxID_ANY, _(L"Calendar…"), wxDefaultPosition, wxDefaultSize,
                              wxBU_EXACTFIT);
    m_calendar->SetToolTip(_("Choose the date on a calendar"));
    m_calendar->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ShowCalendar(); });
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(m_text, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(m_calendar, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
    SetSizerAndFit(sizer);
    SetValue(value);
}

bool DateField::IsEmpty() const { return m_text->GetValue().Trim().Trim(false).empty(); }

std::optional<core::Date> DateField::Value(const std::string& field) const {
    wxString text = m_text->GetValue();
    text.Trim().Trim(false);
    if (text.empty()) {
        if (m_optional) return std::nullopt;
        throw InputError(field, ToUtf8(_("a date is needed")));
    }
    if (auto date = ParseDateFieldText(ToUtf8(text), m_locale)) return date;
    throw InputError(field, ToUtf8(wxString::Format(_("\"%s\" is not a date; write it as %s"), text,
                                                    MonthFirst(m_locale) ? _("mm/dd/yyyy")
                                                                         : _("dd/mm/yyyy"))));
}

void DateField::SetValue(const std::optional<core::Date>& date) {
    m_text->ChangeValue(date ? ToWx(DateFieldText(*date, m_locale)) : wxString());
}

void DateField::ShowCalendar() {
    wxDateTime start = wxDateTime::Today();
    if (auto date = ParseDateFieldText(ToUtf8(m_text->GetValue()), m_locale)) start = ToWxDate(*date);
    auto* popup = new CalendarPopup(this, start, [this](wxDateTime day) {
        SetValue(FromWxDate(day));
        m_text->SetFocus();
    });
    const wxPoint below = m_text->ClientToScreen(wxPoint(0, m_text->GetSize().y));
    popup->Position(below, wxSize(0, 0));
    popup->Popup();
}

} // namespace reclama::gui
