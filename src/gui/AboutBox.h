#pragma once
// The Help > About box.

class wxWindow;

namespace reclama::gui {
void ShowAbout(wxWindow* parent);
}
