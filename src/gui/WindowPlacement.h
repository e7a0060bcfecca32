#pragma once
// Where a top-level window goes: its remembered (or default) rectangle kept inside the usable
// area of a display, so that a window remembered on a large monitor, or on one that has been
// unplugged, still fits a 1024x600 netbook screen.

#include <wx/gdicmn.h>

namespace reclama::gui {

// `wanted` shrunk to fit `area` and moved into it; a position of -1 (nothing remembered) centres
// it. The result always lies inside `area`.
wxRect FitToArea(const wxRect& wanted, const wxRect& area);

// The usable area (without panels and docks) of the display showing `point`, else of the
// primary display.
wxRect UsableArea(const wxPoint& point);

} // namespace reclama::gui
