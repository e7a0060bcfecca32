#pragma once
// Export of the PDF dossier: recipient profile, language, sections, evidence package, the
// pre-flight list of things worth fixing first, a progress bar with Cancel, then "Open PDF" and
// "Show in folder". The work itself is jobs::ExportDossier, the same as the CLI's `export`.

#include "CaseRepository.h"

#include <wx/dialog.h>

#include <filesystem>

class wxButton;
class wxCheckBox;
class wxCheckListBox;
class wxChoice;
class wxFilePickerCtrl;
class wxListCtrl;
class wxStaticText;

namespace reclama::gui {

class ExportDialog : public wxDialog {
public:
    ExportDialog(wxWindow* parent, CaseRepository& repo, const core::Case& c,
                 const core::Date& today, const std::string& uiLanguage);

    jobs::ExportOptions Options() const;
    void SetOutput(const std::filesystem::path& pdf);
    void RefreshPreflight();
    // Runs the export with a progress dialog; true when the PDF was written.
    bool RunExport();
    const std::vector<std::filesystem::path>& Written() const { return m_written; }
    wxListCtrl* PreflightList() const { return m_preflight; }

private:
    CaseRepository& m_repo;
    const core::Case& m_case;
    core::Date m_today;
    std::vector<std::string> m_profiles;
    std::vector<std::string> m_sectionKeys;
    std::vector<std::filesystem::path> m_written;

    wxChoice* m_profile = nullptr;
    wxChoice* m_language = nullptr;
    wxCheckListBox* m_sections = nullptr;
    wxCheckBox* m_evidence = nullptr;
    wxFilePickerCtrl* m_output = nullptr;
    wxListCtrl* m_preflight = nullptr;
    wxStaticText* m_result = nullptr;
    wxButton* m_export = nullptr;
    wxButton* m_openPdf = nullptr;
    wxButton* m_showFolder = nullptr;
};

} // namespace reclama::gui
