#pragma once
// "Log a call" (and email, chat, visit, letter...): made for the moment of the contact. The time
// is preset to now in the case's zone, a running timer fills the duration, and "they promised…"
// with a due date creates a promise linked to the contact. Enter saves.

#include "core/Model.h"

#include <wx/dialog.h>
#include <wx/timer.h>

#include <boost/date_time/posix_time/ptime.hpp>

class wxCheckBox;
class wxChoice;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;
class wxButton;

namespace reclama::gui {

class DateField;

class ContactDialog : public wxDialog {
public:
    // `existing` non-null: edit that contact (no new promise, no timer). `utcNow` sets the time.
    ContactDialog(wxWindow* parent, const core::Case& c, core::Channel channel,
                  const core::Contact* existing, boost::posix_time::ptime utcNow);

    // Valid after ShowModal() returned wxID_OK.
    const core::Contact& Result() const { return m_result; }
    // A promise to create, linked to the contact once it has an id.
    const std::optional<core::Promise>& NewPromise() const { return m_promise; }

    // Controls, for the GUI tests.
    wxTextCtrl* WhenCtrl() const { return m_when; }
    wxTextCtrl* AgentCtrl() const { return m_agent; }
    wxTextCtrl* SummaryCtrl() const { return m_summary; }
    wxTextCtrl* PromiseCtrl() const { return m_promiseText; }
    DateField* DueCtrl() const { return m_due; }
    wxSpinCtrl* DurationCtrl() const { return m_duration; }
    void StopTimer();

    // Reads the form into Result()/NewPromise(); throws InputError naming the field.
    void ReadForm();

private:
    void OnTick();
    void ToggleTimer();
    void TrySave();

    const core::Case& m_case;
    core::Contact m_result;
    std::optional<core::Promise> m_promise;
    bool m_editing = false;

    wxTextCtrl* m_when = nullptr;
    wxChoice* m_channel = nullptr;
    wxChoice* m_direction = nullptr;
    wxSpinCtrl* m_duration = nullptr;
    wxSpinCtrl* m_wait = nullptr;
    wxStaticText* m_clock = nullptr;
    wxButton* m_timerButton = nullptr;
    wxTextCtrl* m_agent = nullptr;
    wxTextCtrl* m_agentId = nullptr;
    wxTextCtrl* m_department = nullptr;
    wxTextCtrl* m_reference = nullptr;
    wxTextCtrl* m_summary = nullptr;
    wxTextCtrl* m_quote = nullptr;
    wxCheckBox* m_complaint = nullptr;
    wxTextCtrl* m_promiseText = nullptr;
    DateField* m_due = nullptr;

    wxTimer m_timer;
    wxLongLong m_timerStartMs = 0;
    long m_elapsedBeforeMs = 0; // time counted before a pause
};

} // namespace reclama::gui
