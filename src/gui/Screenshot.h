#pragma once
// Saves what a window shows as a PNG (for `--screenshot`, the tests and the README).

#include <wx/string.h>

class wxWindow;

namespace reclama::gui {

// Copies the window's area of the screen (the X server renders it; no compositor needed under
// Xvfb) into a bitmap and writes it. Returns false when the file cannot be written.
bool SaveWindowPng(wxWindow* window, const wxString& file);

} // namespace reclama::gui
