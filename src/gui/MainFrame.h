#pragma once
// The main window: the case list (with search, status, last activity, broken promises and amount
// claimed) beside the panes of the chosen case; menus with accelerators for every action.
// Every edit goes straight to the library (no Save button); Ctrl+Z undoes the last one.

#include "CaseRepository.h"
#include "FileChooser.h"
#include "Launcher.h"
#include "PaneHost.h"
#include "ViewContext.h"

#include <wx/frame.h>
#include <wx/weakref.h>

#include <functional>
#include <memory>

class wxListCtrl;
class wxNotebook;
class wxSearchCtrl;
class wxSplitterWindow;
class wxStaticText;

namespace reclama::gui {

class TimelinePane;
class PromisesPane;
class MoneyPane;
class DocumentsPane;
class CaseDetailsPane;
class ExportDialog;

enum class PaneId { Timeline, Promises, Money, Documents, Details };
std::optional<PaneId> PaneFromName(const std::string& name); // "timeline", "promises", ...

class MainFrame : public wxFrame, public PaneHost {
public:
    // The smallest the window may be made (DIPs): fits a 1024x600 screen with a panel.
    static constexpr int kMinWidth = 800, kMinHeight = 520;

    // Opens a library folder (File > New/Open library); given by the app so that the window
    // does not depend on the store.
    using RepositoryOpener = std::function<std::unique_ptr<CaseRepository>(const std::filesystem::path&)>;

    MainFrame(std::unique_ptr<CaseRepository> repository, std::string uiLanguage,
              RepositoryOpener opener = {});
    ~MainFrame() override;

    // Where file and folder paths come from, and how files are handed to the desktop: the
    // dialogs and xdg-open by default; tests give fakes.
    void SetFileChooser(std::unique_ptr<FileChooser> chooser);
    void SetLauncher(std::unique_ptr<Launcher> launcher);
    FileChooser& Chooser() { return *m_chooser; }

    // Opening and showing.
    void SetRepository(std::unique_ptr<CaseRepository> repository);
    CaseRepository& Repository() { return *m_repo; }
    void ReloadCaseList();
    void SelectCase(core::RecordId id); // 0: none
    core::RecordId CurrentCaseId() const { return m_caseId; }
    const core::Case* CurrentCase() const { return m_caseId ? &m_case : nullptr; }
    void ShowPane(PaneId pane);
    PaneId CurrentPane() const;
    // Shows a record ("p3", "c2", "d1") selected in the pane that lists it; an empty handle
    // shows the documents. False when the case has no such record.
    bool ShowRecord(const std::string& handle);
    // "Today" for overdue promises and days late (fixed by tests and SOURCE_DATE_EPOCH).
    void SetToday(const core::Date& today);

    // Actions (also reachable from the menus); each edit is one store transaction.
    void LogContact(core::Channel channel);
    void AddInvoice();
    void AddPayment();
    void AddNote();
    void NewCase();
    void Undo();
    void ShowNextCall();
    void ShowExport();
    // The export dialog while it is open (it is modeless), else null.
    ExportDialog* ExportWindow() const { return m_export.get(); }
    // Imports a case file (File > Import, or one given on the command line) and shows the case.
    // A file that cannot be imported is reported, naming it, and nothing is added. 0 on failure.
    core::RecordId ImportCaseFileAt(const std::filesystem::path& file);

    // Records added through code paths that skip the dialogs (tests, drag and drop).
    core::RecordId SaveNewContact(const core::Contact& contact,
                                  const std::optional<core::Promise>& promise);

    // PaneHost
    void EditRecord(core::RecordRef record) override;
    void ShowHistory(core::RecordRef record) override;
    void DeleteRecord(core::RecordRef record) override;
    void SavePromise(const core::Promise& promise) override;
    void SaveCaseHeader(const core::Case& header) override;
    void AttachFiles(const std::vector<std::filesystem::path>& files,
                     std::optional<core::RecordRef> linkTo) override;
    void ChooseFilesToAttach() override;
    void OpenDocument(core::RecordId document) override;
    std::optional<std::filesystem::path> DocumentFile(const core::Document& doc) override;

    TimelinePane* Timeline() const { return m_timeline; }
    PromisesPane* Promises() const { return m_promises; }
    MoneyPane* Money() const { return m_money; }
    DocumentsPane* Documents() const { return m_documents; }
    CaseDetailsPane* Details() const { return m_details; }
    wxListCtrl* CaseList() const { return m_caseList; }
    wxNotebook* Panes() const { return m_notebook; }
    const std::string& UiLanguage() const { return m_uiLanguage; }

private:
    void BuildMenus();
    void BindCommands();
    void BuildLayout();
    int CaseListWidth() const;
    void ShowCaseList();
    void RefreshCase(); // reloads the current case from the library into every pane
    void UpdateTitle();
    void RestoreGeometry();
    void SaveGeometry();
    bool RequireCase();
    void CloseExportDialog(); // stops its export first
    ViewContext View() const;

    // File menu
    void SwitchLibrary(const std::filesystem::path& folder);
    void NewLibrary();
    void OpenLibrary();
    void ImportCaseFile();
    void ExportCaseFile();
    void BackupLibrary();
    void RestoreLibrary();
    void CheckLibrary();
    void SetLanguagePreference(const std::string& language);
    // Installs the catalogs of `language` and builds menus and panes again in it.
    void ApplyLanguage(const std::string& language);

    std::unique_ptr<CaseRepository> m_repo;
    RepositoryOpener m_opener;
    std::unique_ptr<FileChooser> m_chooser;
    std::unique_ptr<Launcher> m_launcher;
    std::string m_uiLanguage;
    core::Date m_today;
    core::RecordId m_caseId = 0;
    core::Case m_case;
    std::vector<CaseRow> m_rows;      // every case
    std::vector<std::size_t> m_shown; // rows matching the search box

    wxSplitterWindow* m_body = nullptr; // everything below the menu bar
    wxSearchCtrl* m_caseSearch = nullptr;
    wxListCtrl* m_caseList = nullptr;
    wxStaticText* m_caseHeading = nullptr; // the case's title
    wxStaticText* m_caseCompany = nullptr; // and the company below it
    wxNotebook* m_notebook = nullptr;
    TimelinePane* m_timeline = nullptr;
    PromisesPane* m_promises = nullptr;
    MoneyPane* m_money = nullptr;
    DocumentsPane* m_documents = nullptr;
    CaseDetailsPane* m_details = nullptr;
    wxWeakRef<ExportDialog> m_export;
};

} // namespace reclama::gui
