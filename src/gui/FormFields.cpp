// Entry dialog helpers.
#include "FormFields.h"

#include "ErrorReport.h"
#include "WxText.h"

#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/intl.h>

#include <boost/date_time/posix_time/posix_time.hpp>

namespace reclama::gui {

wxDateTime ToWxDate(const core::Date& date) {
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.day().as_number()),
                      static_cast<wxDateTime::Month>(date.month().as_number() - 1),
                      static_cast<int>(date.year()));
}

core::Date FromWxDate(const wxDateTime& date) {
    return core::Date(date.GetYear(), date.GetMonth() + 1, date.GetDay());
}

std::optional<core::Date> PickedDate(const wxDatePickerCtrl* picker) {
    const wxDateTime value = picker->GetValue();
    if (!value.IsValid()) return std::nullopt;
    return FromWxDate(value);
}

void SetPickedDate(wxDatePickerCtrl* picker, const std::optional<core::Date>& date) {
    picker->SetValue(date ? ToWxDate(*date) : wxDateTime());
}

wxString WhenText(const core::EventTime& at) {
    const auto& t = at.local;
    const auto d = t.date();
    switch (at.precision) {
    case core::Precision::Month:
        return wxString::Format("%04d-%02d", int(d.year()), int(d.month().as_number()));
    case core::Precision::Day:
        return wxString::Format("%04d-%02d-%02d", int(d.year()), int(d.month().as_number()),
                                int(d.day()));
    default:
        return wxString::Format("%04d-%02d-%02d %02d:%02d", int(d.year()),
                                int(d.month().as_number()), int(d.day()),
                                int(t.time_of_day().hours()), int(t.time_of_day().minutes()));
    }
}

core::EventTime ParseWhen(const wxString& text, const std::string& zone, const std::string& field) {
    wxString iso = text;
    iso.Trim().Trim(false);
    iso.Replace(" ", "T");
    return core::ParseEventTime(ToUtf8(iso), zone, std::nullopt, field);
}

void LabelDialogButtons(wxDialog* dialog, const wxString& okLabel) {
    if (auto* ok = dialog->FindWindow(wxID_OK)) ok->SetLabel(okLabel);
    if (auto* cancel = dialog->FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));
}

void UseFormButtons(wxDialog* dialog, const wxString& okLabel, std::function<void()> readForm) {
    LabelDialogButtons(dialog, okLabel);
    dialog->Bind(wxEVT_BUTTON, [dialog, readForm = std::move(readForm)](wxCommandEvent&) {
        if (Guarded(dialog, readForm)) dialog->EndModal(wxID_OK);
    }, wxID_OK);
}

} // namespace reclama::gui
