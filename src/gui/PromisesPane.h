#pragma once
// The promise ledger: who promised what, when it was due, its status and how many days late,
// coloured by status (a virtual list: cells are written when shown), with buttons to record that a promise was kept or broken.

#include "PaneHost.h"
#include "ViewContext.h"

#include <wx/colour.h>
#include <wx/panel.h>

class wxListCtrl;
class wxStaticText;

namespace reclama::gui {

class PromiseList;

class PromisesPane : public wxPanel {
public:
    PromisesPane(wxWindow* parent, PaneHost& host);
    void ShowCase(const core::Case* c, const ViewContext& view);
    wxListCtrl* List() const { return m_list; }
    // The background of a row as painted (by status; invalid when plain).
    wxColour RowColour(long row) const;
    // Selects the promise's row and scrolls to it.
    bool SelectPromise(core::RecordId id);

private:
    friend class PromiseList;
    void SetSelectedStatus(core::PromiseStatus status);
    std::optional<std::size_t> Selected() const;

    PaneHost& m_host;
    const core::Case* m_case = nullptr;
    ViewContext m_view;
    wxListCtrl* m_list = nullptr;
    wxStaticText* m_summary = nullptr;
    std::vector<std::size_t> m_order; // list row -> index in case.promises
};

} // namespace reclama::gui
