#pragma once
// A record's history: every version it had, newest last, as the store keeps it (append-only).

#include "CaseRepository.h"

#include <wx/dialog.h>

namespace reclama::gui {

class HistoryDialog : public wxDialog {
public:
    HistoryDialog(wxWindow* parent, const wxString& handle, const std::vector<HistoryEntry>& entries);
};

} // namespace reclama::gui
