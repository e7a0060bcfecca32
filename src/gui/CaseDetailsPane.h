#pragma once
// The case header: parties, references, jurisdiction, currency, zone, summary and remedy.
// Every edit is saved on its own shortly after typing stops, or when the field loses focus.

#include "PaneHost.h"
#include "ViewContext.h"

#include <wx/scrolwin.h>
#include <wx/timer.h>

#include <functional>

class wxChoice;
class wxTextCtrl;

namespace reclama::gui {

class CaseDetailsPane : public wxScrolledWindow {
public:
    CaseDetailsPane(wxWindow* parent, PaneHost& host);
    void ShowCase(const core::Case* c, const ViewContext& view);
    // Saves pending typing now (before switching case or closing).
    void Flush();
    wxTextCtrl* TitleCtrl() const { return m_title; }

private:
    struct Field {
        wxTextCtrl* ctrl;
        std::function<std::string&(core::Case&)> member;
    };
    wxTextCtrl* AddText(wxWindow* parent, wxSizer* grid, const wxString& label,
                        std::function<std::string&(core::Case&)> member, bool multiline = false);
    void Changed();
    void Save();

    PaneHost& m_host;
    const core::Case* m_case = nullptr;
    std::vector<Field> m_fields;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_references = nullptr;
    wxChoice* m_status = nullptr;
    wxChoice* m_language = nullptr;
    wxTimer m_saveTimer;
    bool m_dirty = false;
    bool m_filling = false;
};

// References as typed in the details pane, one "Label: value" per line, and back.
std::vector<core::Reference> ParseReferences(const std::string& text);
std::string FormatReferences(const std::vector<core::Reference>& refs);

} // namespace reclama::gui
