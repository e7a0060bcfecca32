// Main window: the File menu (libraries, case files, backups, the library check). Each action
// asks for its path through the FileChooser, and a failure names the file and changes nothing.
#include "MainFrame.h"

#include "CaseDetailsPane.h"
#include "ErrorReport.h"
#include "Prompts.h"
#include "WxText.h"

#include <wx/config.h>
#include <wx/intl.h>
#include <wx/utils.h>

namespace reclama::gui {

namespace fs = std::filesystem;
using core::RecordId;

namespace {

wxString Shown(const fs::path& path) { return ToWx(path.string()); }

// GTK's save dialog keeps the name as typed: add the extension the file is known by.
fs::path WithExtension(fs::path file, const char* extension) {
    if (file.extension().empty()) file += extension;
    return file;
}

// A title as a file name: the characters file systems refuse become dashes.
wxString FileNameFrom(const std::string& title) {
    std::string out;
    for (char ch : title) out += (ch == '/' || ch == '\\' || ch == ':') ? '-' : ch;
    return ToWx(out.empty() ? std::string("case") : out);
}

wxString CaseFilesWildcard() {
    return _("Reclama case files") + " (*.reclama, case.json)|*.reclama;case.json|" +
           _("All files") + "|*";
}
wxString BackupsWildcard() { return _("Backups") + " (*.zip)|*.zip|" + _("All files") + "|*"; }

} // namespace

void MainFrame::SwitchLibrary(const fs::path& folder) {
    std::unique_ptr<CaseRepository> opened;
    try {
        opened = m_opener(folder);
    } catch (const std::exception& e) {
        ShowError(this, wxString::Format(_("The library in %s could not be opened."), Shown(folder)),
                  e);
        return;
    }
    SetRepository(std::move(opened));
    wxConfigBase::Get()->Write("/Session/Library", Shown(folder));
}

void MainFrame::NewLibrary() {
    if (!m_opener) return;
    const auto folder =
        m_chooser->ChooseFolder(this, _("Choose an empty folder for the new library"), false);
    if (!folder) return;
    std::error_code ec;
    if (fs::exists(*folder, ec) && !fs::is_empty(*folder, ec)) {
        ShowError(this, wxString::Format(_("%s is not empty. A new library needs an empty folder; "
                                           "to use the library in it, choose File > Open library."),
                                         Shown(*folder)));
        return;
    }
    SwitchLibrary(*folder);
}

void MainFrame::OpenLibrary() {
    if (!m_opener) return;
    const auto folder =
        m_chooser->ChooseFolder(this, _("Choose the folder of a case library"), true);
    if (!folder) return;
    std::error_code ec;
    // Opening creates a library where there is none: only File > New library may do that.
    if (!fs::is_regular_file(*folder / "library.db", ec)) {
        ShowError(this, wxString::Format(_("%s holds no case library (there is no library.db in "
                                           "it). To start one there, choose File > New library."),
                                         Shown(*folder)));
        return;
    }
    SwitchLibrary(*folder);
}

RecordId MainFrame::ImportCaseFileAt(const fs::path& file) {
    jobs::ImportResult result;
    try {
        wxBusyCursor busy;
        result = m_repo->ImportCaseFile(file);
    } catch (const std::exception& e) {
        ShowError(this,
                  wxString::Format(_("%s could not be imported; nothing was added to the library."),
                                   Shown(file)),
                  e);
        return 0;
    }
    ReloadCaseList();
    SelectCase(result.caseId);
    if (!result.warnings.empty()) {
        wxString text;
        for (const auto& w : result.warnings) text += "\n" + ToWx(w);
        ShowInfo(this, _("Case imported"),
                 wxString::Format(_("%s was imported. Worth checking:"), Shown(file)) + "\n" +
                     text);
    }
    SetStatusText(wxString::Format(_("Imported %s"), Shown(file.filename())), 0);
    return result.caseId;
}

void MainFrame::ImportCaseFile() {
    if (const auto file = m_chooser->OpenFile(this, _("Import a case"), CaseFilesWildcard()))
        ImportCaseFileAt(*file);
}

void MainFrame::ExportCaseFile() {
    if (!RequireCase()) return;
    m_details->Flush();
    auto file = m_chooser->SaveFile(this, _("Export the case as a .reclama file"),
                                    FileNameFrom(m_case.title) + ".reclama", CaseFilesWildcard());
    if (!file) return;
    *file = WithExtension(*file, ".reclama");
    try {
        wxBusyCursor busy;
        m_repo->ExportCaseFile(m_caseId, *file);
    } catch (const std::exception& e) {
        ShowError(this, wxString::Format(_("The case could not be exported to %s."), Shown(*file)),
                  e);
        return;
    }
    SetStatusText(wxString::Format(_("Saved %s"), Shown(*file)), 0);
}

void MainFrame::BackupLibrary() {
    m_details->Flush();
    const wxString name = "reclama-backup-" + ToWx(core::ToIso(m_today)) + ".zip";
    auto file = m_chooser->SaveFile(this, _("Back up the whole library"), name, BackupsWildcard());
    if (!file) return;
    *file = WithExtension(*file, ".zip");
    try {
        wxBusyCursor busy;
        m_repo->Backup(*file);
    } catch (const std::exception& e) {
        ShowError(this, wxString::Format(_("The backup could not be written to %s."), Shown(*file)),
                  e);
        return;
    }
    SetStatusText(wxString::Format(_("Backup saved to %s"), Shown(*file)), 0);
}

void MainFrame::RestoreLibrary() {
    const auto file =
        m_chooser->OpenFile(this, _("Restore the library from a backup"), BackupsWildcard());
    if (!file) return;
    m_details->Flush();
    if (!m_rows.empty() &&
        !AskYesNo(this, wxString::Format(_("Replace every case in the library in %s with the "
                                           "backup %s? The cases there now will be gone."),
                                         Shown(m_repo->Folder()), Shown(file->filename()))))
        return;
    CloseExportDialog(); // its export reads the library that is about to be replaced
    try {
        wxBusyCursor busy;
        m_repo->Restore(*file);
    } catch (const std::exception& e) {
        ShowError(this,
                  wxString::Format(_("The library could not be restored from %s; it is unchanged."),
                                   Shown(*file)),
                  e);
        ReloadCaseList();
        return;
    }
    m_caseId = 0;
    ReloadCaseList();
    RefreshCase();
    SetStatusText(wxString::Format(_("Restored from %s"), Shown(file->filename())), 0);
}

void MainFrame::CheckLibrary() {
    m_details->Flush();
    std::vector<std::string> problems;
    {
        wxBusyCursor busy;
        problems = m_repo->Check();
    }
    if (problems.empty()) {
        ShowInfo(this, _("Check library"), _("The library is in good order."));
        return;
    }
    wxString text;
    for (const auto& p : problems) text += ToWx(p) + "\n";
    ShowError(this, _("Problems found:") + "\n\n" + text);
}

} // namespace reclama::gui
