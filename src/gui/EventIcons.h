#pragma once
// Small icons for the timeline: one per channel of contact and one per other kind of event.

#include "core/Model.h"
#include "core/Timeline.h"

#include <wx/imaglist.h>

namespace reclama::gui {

// A 16×16 (scaled for the screen) image list holding every icon below; the caller owns it.
wxImageList* CreateEventIcons(int size = 16);

int IconIndex(core::Channel channel);
int IconIndex(core::EventKind kind); // for Contact, use the channel's icon

} // namespace reclama::gui
