// Quick entry of a contact with its promise.
#include "ContactDialog.h"

#include "DateField.h"
#include "ErrorReport.h"
#include "FormFields.h"
#include "Labels.h"
#include "ViewContext.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/time.h>

#include <algorithm>

namespace reclama::gui {

using namespace core;

namespace {
wxString DialogTitle(Channel channel, bool editing) {
    if (editing) return _("Edit contact");
    switch (channel) {
    case Channel::Phone: return _("Log a call");
    case Channel::Email: return _("Log an email");
    case Channel::Chat: return _("Log a chat");
    case Channel::Visit: return _("Log a visit");
    case Channel::Letter: return _("Log a letter");
    default: return _("Log a contact");
    }
}

bool Timed(Channel channel) {
    return channel == Channel::Phone || channel == Channel::Chat || channel == Channel::Visit;
}
} // namespace

ContactDialog::ContactDialog(wxWindow* parent, const Case& c, Channel channel,
                             const Contact* existing, boost::posix_time::ptime utcNow)
    : wxDialog(parent, wxID_ANY, DialogTitle(channel, existing != nullptr), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_case(c), m_editing(existing != nullptr), m_timer(this) {
    Contact initial;
    if (existing)
        initial = *existing;
    else {
        initial.channel = channel;
        initial.at = NowIn(c.timezone, utcNow);
    }
    m_result = initial;
    const int gap = FromDIP(6);

    auto* grid = new wxFlexGridSizer(4, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableCol(3, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    auto text = [&](const wxString& caption, const std::string& value) {
        label(caption);
        auto* ctrl = new wxTextCtrl(this, wxID_ANY, ToWx(value));
        grid->Add(ctrl, 1, wxEXPAND);
        return ctrl;
    };

    label(wxString::Format(_("When (%s)"), ToWx(c.timezone)));
    m_when = new wxTextCtrl(this, wxID_ANY, WhenText(initial.at));
    m_when->SetHint(_("YYYY-MM-DD HH:MM"));
    grid->Add(m_when, 1, wxEXPAND);
    label(_("Channel"));
    m_channel = new wxChoice(this, wxID_ANY);
    for (auto ch : AllChannels()) m_channel->Append(Label(ch));
    m_channel->SetSelection(static_cast<int>(initial.channel));
    grid->Add(m_channel, 1, wxEXPAND);

    label(_("Direction"));
    m_direction = new wxChoice(this, wxID_ANY);
    m_direction->Append(_("I contacted them"));
    m_direction->Append(_("They contacted me"));
    m_direction->SetSelection(initial.direction == Direction::Outgoing ? 0 : 1);
    grid->Add(m_direction, 1, wxEXPAND);
    label(_("Duration (min)"));
    auto* durationRow = new wxBoxSizer(wxHORIZONTAL);
    m_duration = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxSP_ARROW_KEYS, 0, 24 * 60, initial.durationMin.value_or(0));
    m_clock = new wxStaticText(this, wxID_ANY, "00:00");
    m_clock->SetFont(m_clock->GetFont().Bold());
    m_timerButton = new wxButton(this, wxID_ANY, _("Start timer"));
    // Wide enough for each label it takes, so that the row never grows past the dialog.
    int widest = 0;
    for (const wxString& caption : {_("Start timer"), _("Stop timer"), _("Resume timer")})
        widest = std::max(widest, m_timerButton->GetTextExtent(caption).x);
    m_timerButton->SetMinSize(wxSize(widest + FromDIP(32), -1));
    durationRow->Add(m_duration, 0, wxRIGHT, gap);
    durationRow->Add(m_clock, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    durationRow->Add(m_timerButton, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(durationRow, 1, wxEXPAND);

    m_agent = text(_("Agent's name"), initial.agent);
    m_agentId = text(_("Agent ID"), initial.agentId);
    m_department = text(_("Department"), initial.department);
    m_reference = text(_("Their reference no."), initial.reference);
    label(_("Waiting time (min)"));
    m_wait = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                            wxSP_ARROW_KEYS, 0, 24 * 60, initial.waitMin.value_or(0));
    grid->Add(m_wait, 0);
    grid->AddSpacer(0);
    m_complaint = new wxCheckBox(this, wxID_ANY, _("This was a formal complaint"));
    m_complaint->SetValue(initial.complaint);
    grid->Add(m_complaint, 0, wxALIGN_CENTER_VERTICAL);

    auto* said = new wxStaticText(this, wxID_ANY, _("What was said"));
    m_summary = new wxTextCtrl(this, wxID_ANY, ToWx(initial.summary), wxDefaultPosition,
                               wxSize(-1, FromDIP(70)), wxTE_MULTILINE);
    auto* quoteLabel = new wxStaticText(this, wxID_ANY, _("Their exact words (verbatim quote)"));
    m_quote = new wxTextCtrl(this, wxID_ANY, ToWx(initial.quote), wxDefaultPosition,
                             wxSize(-1, FromDIP(44)), wxTE_MULTILINE);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap * 2);
    sizer->Add(said, 0, wxLEFT | wxRIGHT, gap * 2);
    sizer->Add(m_summary, 2, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap * 2);
    sizer->Add(quoteLabel, 0, wxLEFT | wxRIGHT, gap * 2);
    sizer->Add(m_quote, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap * 2);

    if (!m_editing) {
        auto* box = new wxStaticBoxSizer(wxHORIZONTAL, this, _(L"They promised…"));
        auto* sb = box->GetStaticBox();
        m_promiseText = new wxTextCtrl(sb, wxID_ANY);
        m_promiseText->SetHint(_("e.g. a technician will come on Monday"));
        // Empty until a date is typed or chosen: a promise without a date is common.
        m_due = new DateField(sb, LocaleFor(InterfaceLanguage(), c), true);
        box->Add(m_promiseText, 1, wxALIGN_CENTER_VERTICAL | wxALL, gap);
        box->Add(new wxStaticText(sb, wxID_ANY, _("by")), 0, wxALIGN_CENTER_VERTICAL | wxALL, gap);
        box->Add(m_due, 0, wxALIGN_CENTER_VERTICAL | wxALL, gap);
        sizer->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap * 2);
    }

    auto* hint = new wxStaticText(this, wxID_ANY, _("Enter or Ctrl+Enter saves."));
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(hint, 1, wxALIGN_CENTER_VERTICAL);
    bottom->Add(buttons, 0);
    sizer->Add(bottom, 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(720)), GetSize().y));
    LabelDialogButtons(this, _("&Save"));

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { TrySave(); }, wxID_OK);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { OnTick(); });
    m_timerButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ToggleTimer(); });
    // Ctrl+Enter saves from anywhere, also from the multi-line fields.
    wxAcceleratorEntry accel(wxACCEL_CTRL, WXK_RETURN, wxID_OK);
    SetAcceleratorTable(wxAcceleratorTable(1, &accel));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { TrySave(); }, wxID_OK);

    if (!m_editing && Timed(channel)) ToggleTimer(); // the call is happening now
    if (!m_editing && !Timed(channel)) m_timerButton->Hide();
    m_agent->SetFocus();
}

void ContactDialog::ToggleTimer() {
    if (m_timer.IsRunning()) {
        StopTimer();
        m_timerButton->SetLabel(_("Resume timer"));
    } else {
        m_timerStartMs = wxGetLocalTimeMillis();
        m_timer.Start(1000);
        m_timerButton->SetLabel(_("Stop timer"));
        OnTick();
    }
    Layout();
}

void ContactDialog::StopTimer() {
    if (!m_timer.IsRunning()) return;
    OnTick();
    m_elapsedBeforeMs += static_cast<long>((wxGetLocalTimeMillis() - m_timerStartMs).GetValue());
    m_timer.Stop();
}

void ContactDialog::OnTick() {
    long ms = m_elapsedBeforeMs;
    if (m_timer.IsRunning())
        ms += static_cast<long>((wxGetLocalTimeMillis() - m_timerStartMs).GetValue());
    const long seconds = ms / 1000;
    m_clock->SetLabel(wxString::Format("%02ld:%02ld", seconds / 60, seconds % 60));
    // Started minutes count: a 30-second call lasted 1 minute on the phone bill too.
    m_duration->SetValue(static_cast<int>((seconds + 59) / 60));
}

void ContactDialog::ReadForm() {
    Contact k = m_result;
    k.at = ParseWhen(m_when->GetValue(), m_case.timezone, ToUtf8(_("When")));
    k.channel = AllChannels()[std::max(0, m_channel->GetSelection())];
    k.direction = m_direction->GetSelection() == 1 ? Direction::Incoming : Direction::Outgoing;
    k.durationMin = m_duration->GetValue() > 0 ? std::optional<int>(m_duration->GetValue())
                                               : std::nullopt;
    k.waitMin = m_wait->GetValue() > 0 ? std::optional<int>(m_wait->GetValue()) : std::nullopt;
    k.agent = ToUtf8(m_agent->GetValue().Strip(wxString::both));
    k.agentId = ToUtf8(m_agentId->GetValue().Strip(wxString::both));
    k.department = ToUtf8(m_department->GetValue().Strip(wxString::both));
    k.reference = ToUtf8(m_reference->GetValue().Strip(wxString::both));
    k.summary = ToUtf8(m_summary->GetValue().Strip(wxString::both));
    k.quote = ToUtf8(m_quote->GetValue().Strip(wxString::both));
    k.complaint = m_complaint->GetValue();
    if (k.summary.empty())
        throw InputError(ToUtf8(_("What was said")), ToUtf8(_("write a few words about the contact")));
    std::optional<Promise> promise;
    if (m_promiseText && !m_promiseText->GetValue().Strip(wxString::both).empty()) {
        Promise p;
        p.text = ToUtf8(m_promiseText->GetValue().Strip(wxString::both));
        p.by = k.agent;
        if (!k.agentId.empty()) p.by += (p.by.empty() ? "" : " ") + std::string("(") + k.agentId + ")";
        p.due = m_due->Value(ToUtf8(_("by")));
        promise = p;
    }
    m_result = k;
    m_promise = promise;
}

void ContactDialog::TrySave() {
    StopTimer();
    try {
        ReadForm();
    } catch (const std::exception& e) {
        ShowError(this, e);
        return;
    }
    EndModal(wxID_OK);
}

} // namespace reclama::gui
