// Window placement.
#include "WindowPlacement.h"

#include <wx/display.h>

#include <algorithm>

namespace reclama::gui {

wxRect FitToArea(const wxRect& wanted, const wxRect& area) {
    wxRect placed;
    placed.width = std::clamp(wanted.width, 1, area.width);
    placed.height = std::clamp(wanted.height, 1, area.height);
    if (wanted.x == -1 || wanted.y == -1) {
        placed.x = area.x + (area.width - placed.width) / 2;
        placed.y = area.y + (area.height - placed.height) / 2;
    } else {
        placed.x = std::clamp(wanted.x, area.x, area.x + area.width - placed.width);
        placed.y = std::clamp(wanted.y, area.y, area.y + area.height - placed.height);
    }
    return placed;
}

wxRect UsableArea(const wxPoint& point) {
    int index = point == wxDefaultPosition ? wxNOT_FOUND : wxDisplay::GetFromPoint(point);
    if (index == wxNOT_FOUND) index = 0;
    return wxDisplay(static_cast<unsigned>(index)).GetClientArea();
}

} // namespace reclama::gui
