#pragma once
// The case's events in time order in a virtual list (100,000 rows scroll smoothly), with filters
// by kind, channel, agent and text, an icon per channel, and late promises highlighted.

#include "PaneHost.h"
#include "TimelineModel.h"
#include "ViewContext.h"

#include <wx/listctrl.h>
#include <wx/panel.h>

class wxChoice;
class wxSearchCtrl;
class wxStaticText;

namespace reclama::gui {

class TimelineList;

class TimelinePane : public wxPanel {
public:
    TimelinePane(wxWindow* parent, PaneHost& host);
    // `c` must stay alive until the next ShowCase.
    void ShowCase(const core::Case* c, const ViewContext& view);
    void SetFilter(const TimelineFilter& filter); // also updates the filter controls
    const TimelineModel& Model() const { return m_model; }
    wxListCtrl* List() const;
    std::optional<core::RecordRef> SelectedRecord() const;
    // Selects the record's row and scrolls to it, clearing a filter that hides it.
    bool SelectRecord(core::RecordRef record);

private:
    void ApplyFilterFromControls();
    void Reload();
    void FillAgentChoice();

    PaneHost& m_host;
    TimelineModel m_model;
    ViewContext m_view;
    TimelineList* m_list = nullptr;
    wxChoice* m_kind = nullptr;
    wxChoice* m_channel = nullptr;
    wxChoice* m_agent = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxStaticText* m_count = nullptr;
    std::vector<std::string> m_agents;
};

} // namespace reclama::gui
