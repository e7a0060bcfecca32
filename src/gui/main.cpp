// Entry point of the desktop app `reclama`.
#include "App.h"

wxIMPLEMENT_APP(reclama::gui::App);
