#pragma once
// The one path by which the app tells a person that something failed: a dialog with the
// message of the exception (which names the file, field or record). Tests install a sink instead.

#include <wx/string.h>

#include <exception>
#include <functional>

class wxWindow;

namespace reclama::gui {

// Exceptions are shown with what to do about them (by kind, in the interface language), then
// their own message as the details.
void ShowError(wxWindow* parent, const std::exception& error);
wxString WhatToDo(const std::exception& error);
void ShowError(wxWindow* parent, const wxString& message);
// What failed (naming the file: "x.reclama could not be imported"), then the reason below it.
void ShowError(wxWindow* parent, const wxString& whatFailed, const std::exception& reason);

// Replaces the dialog (nullptr restores it): headless tests record messages instead of blocking.
void SetErrorSink(std::function<void(const wxString&)> sink);

// Runs `action`; on an exception shows it and returns false.
bool Guarded(wxWindow* parent, const std::function<void()>& action);

} // namespace reclama::gui
