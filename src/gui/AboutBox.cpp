// About box.
#include "AboutBox.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>

namespace reclama::gui {

void ShowAbout(wxWindow* parent) {
    wxAboutDialogInfo info;
    info.SetName(_("Reclama"));
    info.SetVersion(RECLAMA_VERSION);
    info.SetDescription(_("Log every contact, promise, invoice and payment of a dispute with a "
                          "company, and export a chronological PDF dossier."));
    wxAboutBox(info, parent);
}

} // namespace reclama::gui
