#pragma once
// Export of the PDF dossier: recipient profile, language, sections, evidence package, the
// pre-flight list of things worth fixing first (each with a way to the record), a progress bar
// with Cancel, then "Open PDF" and "Show in folder". Modeless, so that a record named in the
// pre-flight list can be fixed in the main window while the dialog stays open. The work itself
// is jobs::ExportDossier, the same as the CLI's `export`, run on a worker thread.

#include "BackgroundJob.h"
#include "CaseRepository.h"

#include <wx/dialog.h>
#include <wx/timer.h>

#include <filesystem>
#include <functional>
#include <memory>

class wxButton;
class wxCheckBox;
class wxCheckListBox;
class wxChoice;
class wxTextCtrl;
class wxGauge;
class wxListCtrl;
class wxStaticText;

namespace reclama::gui {

class FileChooser;
class Launcher;

class ExportDialog : public wxDialog {
public:
    // Shows a record in the main window: a handle ("p3"), or empty for the case's documents.
    using GoTo = std::function<void(const std::string& handle)>;

    ExportDialog(wxWindow* parent, CaseRepository& repo, const core::Case& c,
                 const core::Date& today, const std::string& uiLanguage, FileChooser& chooser,
                 Launcher& launcher, GoTo goTo);
    ~ExportDialog() override;

    core::RecordId CaseId() const { return m_case.id; }
    // The case was edited in the main window: check it again.
    void CaseChanged(const core::Case& c);
    // Throws InputError naming the field when the choices cannot make a dossier.
    jobs::ExportOptions Options() const;
    void RefreshPreflight();

    // The Export button: starts the job on a worker thread (false when nothing was started).
    bool StartExport();
    // The Cancel button: the job stops at its next step and writes nothing.
    void CancelExport();
    bool IsRunning() const { return m_job != nullptr; }
    // Stops a running export and waits for it (before the library goes away).
    void StopAndWait();
    const std::vector<std::filesystem::path>& Written() const { return m_written; }

    // The controls, for tests that drive the dialog as a person would.
    wxChoice* ProfileCtrl() const { return m_profile; }
    wxChoice* LanguageCtrl() const { return m_language; }
    wxCheckListBox* SectionsCtrl() const { return m_sections; }
    wxCheckBox* EvidenceCtrl() const { return m_evidence; }
    wxTextCtrl* OutputCtrl() const { return m_output; }
    wxButton* ChooseOutputButton() const { return m_chooseOutput; }
    wxListCtrl* PreflightList() const { return m_preflight; }
    wxStaticText* PreflightDetails() const { return m_preflightDetails; }
    wxButton* GoToButton() const { return m_goTo; }
    wxButton* ExportButton() const { return m_export; }
    wxButton* CancelButton() const { return m_cancel; }
    wxButton* OpenPdfButton() const { return m_openPdf; }
    wxButton* ShowFolderButton() const { return m_showFolder; }
    wxGauge* Progress() const { return m_gauge; }
    wxStaticText* ResultText() const { return m_result; }

private:
    void BuildLayout(const std::string& uiLanguage);
    void ApplyProfile(); // checks the chosen profile's sections
    void ShowSelectedPreflight();
    void GoToSelected();
    void Poll(); // the timer: progress, and the outcome once the job has finished
    void Finish();
    void SetRunning(bool running);

    CaseRepository& m_repo;
    core::Case m_case;
    core::Date m_today;
    FileChooser& m_chooser;
    Launcher& m_launcher;
    GoTo m_showRecord;
    std::vector<ProfileChoice> m_profiles;
    std::vector<std::string> m_sectionKeys;
    std::vector<jobs::PreflightItem> m_items;
    std::vector<std::filesystem::path> m_written;

    // The export under way: its options, its result (written by the worker, read after it ends).
    std::unique_ptr<BackgroundJob> m_job;
    jobs::ExportOptions m_running;
    jobs::ExportResult m_outcome;
    wxTimer m_poll;

    wxChoice* m_profile = nullptr;
    wxChoice* m_language = nullptr;
    wxCheckListBox* m_sections = nullptr;
    wxCheckBox* m_evidence = nullptr;
    wxTextCtrl* m_output = nullptr;
    wxButton* m_chooseOutput = nullptr;
    wxListCtrl* m_preflight = nullptr;
    wxStaticText* m_preflightDetails = nullptr;
    wxButton* m_goTo = nullptr;
    wxGauge* m_gauge = nullptr;
    wxStaticText* m_result = nullptr;
    wxButton* m_export = nullptr;
    wxButton* m_cancel = nullptr;
    wxButton* m_openPdf = nullptr;
    wxButton* m_showFolder = nullptr;
    wxButton* m_close = nullptr;
};

} // namespace reclama::gui
