#pragma once
// The evidence attached to a case: type, date, size, SHA-256 and the record each is linked to,
// with a thumbnail for images. Files dropped from the file manager are attached at once.

#include "PaneHost.h"
#include "ViewContext.h"

#include <wx/panel.h>

class wxListCtrl;
class wxStaticBitmap;
class wxStaticText;

namespace reclama::gui {

class DocumentsPane : public wxPanel {
public:
    DocumentsPane(wxWindow* parent, PaneHost& host);
    void ShowCase(const core::Case* c, const ViewContext& view);
    wxListCtrl* List() const { return m_list; }
    // Selects the document's row (showing its preview) and scrolls to it.
    bool SelectDocument(core::RecordId id);

private:
    void ShowPreview(long row);

    PaneHost& m_host;
    const core::Case* m_case = nullptr;
    ViewContext m_view;
    wxListCtrl* m_list = nullptr;
    wxStaticBitmap* m_thumbnail = nullptr;
    wxStaticText* m_details = nullptr;
};

// Handles of the records that link to each document ("c3 p2"), for the Linked column.
std::string LinkedRecords(const core::Case& c, core::RecordId document);

} // namespace reclama::gui
