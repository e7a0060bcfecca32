// Main window: layout, menus, case list, geometry.
#include "MainFrame.h"

#include "CaseDetailsPane.h"
#include "DocumentsPane.h"
#include "ExportDialog.h"
#include "ErrorReport.h"
#include "Labels.h"
#include "MenuIds.h"
#include "MoneyPane.h"
#include "PromisesPane.h"
#include "TimelineModel.h"
#include "TimelinePane.h"
#include "Translations.h"
#include "ListColumns.h"
#include "WindowPlacement.h"
#include "WxText.h"
#include "core/Format.h"
#include "core/Ledger.h"
#include "AboutBox.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/settings.h>
#include <wx/statusbr.h>

namespace reclama::gui {

using namespace core;

std::optional<PaneId> PaneFromName(const std::string& name) {
    if (name == "timeline") return PaneId::Timeline;
    if (name == "promises") return PaneId::Promises;
    if (name == "money") return PaneId::Money;
    if (name == "documents") return PaneId::Documents;
    if (name == "details") return PaneId::Details;
    return std::nullopt;
}

namespace {
enum CaseColumn { kTitle, kStatus, kLast, kBroken, kClaimed };
}

MainFrame::MainFrame(std::unique_ptr<CaseRepository> repository, std::string uiLanguage,
                     RepositoryOpener opener)
    : wxFrame(nullptr, wxID_ANY, _("Reclama"), wxDefaultPosition, wxDefaultSize),
      m_repo(std::move(repository)), m_opener(std::move(opener)),
      m_chooser(MakeDialogFileChooser()), m_launcher(MakeDesktopLauncher()),
      m_uiLanguage(std::move(uiLanguage)),
      m_today(ResolveToday(std::nullopt)) {
    BuildMenus();
    BindCommands();
    BuildLayout();
    CreateStatusBar(2);
    RestoreGeometry();
    const int sash = wxConfigBase::Get()->ReadLong("/Window/Sash", CaseListWidth());
    m_body->SetSashPosition(std::clamp(sash, FromDIP(200), std::max(FromDIP(200), GetClientSize().x - FromDIP(300))));
    ReloadCaseList();
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& ev) {
        CloseExportDialog();
        m_details->Flush();
        SaveGeometry();
        ev.Skip();
    });
}

// The export dialog's worker uses the library, which goes away with this window.
MainFrame::~MainFrame() {
    if (m_export) m_export->StopAndWait();
}

void MainFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(kIdNewCase, _(L"&New case…\tCtrl+N"));
    file->AppendSeparator();
    file->Append(kIdNewLibrary, _(L"New &library…"));
    file->Append(kIdOpenLibrary, _(L"&Open library…\tCtrl+O"));
    file->AppendSeparator();
    file->Append(kIdImport, _(L"&Import .reclama file…\tCtrl+I"));
    file->Append(kIdExportCaseFile, _(L"E&xport .reclama file…\tCtrl+Shift+S"));
    file->Append(kIdExportPdf, _(L"Export PDF &dossier…\tCtrl+P"));
    file->AppendSeparator();
    file->Append(kIdBackup, _(L"&Back up library…"));
    file->Append(kIdRestore, _(L"&Restore library from backup…"));
    file->Append(kIdCheck, _("&Check library"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo last edit\tCtrl+Z"));
    edit->AppendSeparator();
    edit->Append(kIdEditRecord, _(L"&Edit selected record…\tCtrl+E"));
    edit->Append(kIdHistory, _(L"Record &history…\tCtrl+H"));
    edit->Append(kIdDeleteRecord, _("&Delete selected record\tCtrl+Delete"));
    edit->AppendSeparator();
    edit->Append(kIdFindCase, _("&Find case\tCtrl+F"));

    auto* record = new wxMenu;
    record->Append(kIdLogCall, _(L"Log a &call…\tCtrl+L"));
    record->Append(kIdLogEmail, _(L"Log an &email…\tCtrl+Shift+E"));
    record->Append(kIdLogChat, _(L"Log a c&hat…\tCtrl+Shift+H"));
    record->Append(kIdLogVisit, _(L"Log a &visit…\tCtrl+Shift+V"));
    record->Append(kIdLogLetter, _(L"Log a &letter…\tCtrl+Shift+L"));
    record->AppendSeparator();
    record->Append(kIdAddInvoice, _(L"Add an &invoice…\tCtrl+Shift+I"));
    record->Append(kIdAddPayment, _(L"Add a &payment or refund…\tCtrl+Shift+P"));
    record->Append(kIdAddNote, _(L"Add a &note…\tCtrl+Shift+N"));
    record->Append(kIdAttach, _(L"&Attach files…\tCtrl+Shift+A"));

    auto* view = new wxMenu;
    view->Append(kIdPaneTimeline, _("&Timeline\tCtrl+1"));
    view->Append(kIdPanePromises, _("&Promises\tCtrl+2"));
    view->Append(kIdPaneMoney, _("&Money\tCtrl+3"));
    view->Append(kIdPaneDocuments, _("&Documents\tCtrl+4"));
    view->Append(kIdPaneDetails, _("Case &details\tCtrl+5"));
    view->AppendSeparator();
    view->Append(kIdNextCall, _(L"&Next call card…\tCtrl+B"));
    view->AppendSeparator();
    auto* language = new wxMenu;
    language->AppendRadioItem(kIdLanguageEs, _("Spanish"));
    language->AppendRadioItem(kIdLanguageEn, _("English"));
    language->Check(m_uiLanguage == "en" ? kIdLanguageEn : kIdLanguageEs, true);
    view->AppendSubMenu(language, _("Interface &language"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Reclama"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(record, _("&Record"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    auto* old = GetMenuBar();
    SetMenuBar(bar);
    delete old; // a frame owns only the bar it shows
}

// Once per window: the bars built again for another language send the same ids.
void MainFrame::BindCommands() {
    auto on = [this](int id, std::function<void()> action) {
        Bind(wxEVT_MENU, [this, action](wxCommandEvent&) { Guarded(this, action); }, id);
    };
    on(kIdNewCase, [this] { NewCase(); });
    on(kIdNewLibrary, [this] { NewLibrary(); });
    on(kIdOpenLibrary, [this] { OpenLibrary(); });
    on(kIdImport, [this] { ImportCaseFile(); });
    on(kIdExportCaseFile, [this] { ExportCaseFile(); });
    on(kIdExportPdf, [this] { ShowExport(); });
    on(kIdBackup, [this] { BackupLibrary(); });
    on(kIdRestore, [this] { RestoreLibrary(); });
    on(kIdCheck, [this] { CheckLibrary(); });
    on(wxID_EXIT, [this] { Close(); });
    on(wxID_UNDO, [this] { Undo(); });
    on(kIdEditRecord, [this] {
        if (auto r = m_timeline->SelectedRecord()) EditRecord(*r);
    });
    on(kIdHistory, [this] {
        if (auto r = m_timeline->SelectedRecord()) ShowHistory(*r);
    });
    on(kIdDeleteRecord, [this] {
        if (auto r = m_timeline->SelectedRecord()) DeleteRecord(*r);
    });
    on(kIdFindCase, [this] { m_caseSearch->SetFocus(); });
    on(kIdLogCall, [this] { LogContact(Channel::Phone); });
    on(kIdLogEmail, [this] { LogContact(Channel::Email); });
    on(kIdLogChat, [this] { LogContact(Channel::Chat); });
    on(kIdLogVisit, [this] { LogContact(Channel::Visit); });
    on(kIdLogLetter, [this] { LogContact(Channel::Letter); });
    on(kIdAddInvoice, [this] { AddInvoice(); });
    on(kIdAddPayment, [this] { AddPayment(); });
    on(kIdAddNote, [this] { AddNote(); });
    on(kIdAttach, [this] { ChooseFilesToAttach(); });
    on(kIdPaneTimeline, [this] { ShowPane(PaneId::Timeline); });
    on(kIdPanePromises, [this] { ShowPane(PaneId::Promises); });
    on(kIdPaneMoney, [this] { ShowPane(PaneId::Money); });
    on(kIdPaneDocuments, [this] { ShowPane(PaneId::Documents); });
    on(kIdPaneDetails, [this] { ShowPane(PaneId::Details); });
    on(kIdNextCall, [this] { ShowNextCall(); });
    on(kIdLanguageEs, [this] { SetLanguagePreference("es"); });
    on(kIdLanguageEn, [this] { SetLanguagePreference("en"); });
    on(wxID_ABOUT, [this] { ShowAbout(this); });
}

void MainFrame::BuildLayout() {
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, GetClientSize(),
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_body = splitter;
    auto* left = new wxPanel(splitter);
    m_caseSearch = new wxSearchCtrl(left, wxID_ANY);
    m_caseSearch->SetDescriptiveText(_("Search cases"));
    m_caseSearch->ShowCancelButton(true);
    m_caseList = new wxListCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    m_caseList->AppendColumn(_("Case"), wxLIST_FORMAT_LEFT, FromDIP(190));
    m_caseList->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, FromDIP(80));
    m_caseList->AppendColumn(_("Last activity"), wxLIST_FORMAT_LEFT, FromDIP(95));
    m_caseList->AppendColumn(wxGETTEXT_IN_CONTEXT("case list column: number of broken promises",
                                                  "Broken"),
                             wxLIST_FORMAT_RIGHT, FromDIP(60));
    m_caseList->AppendColumn(_("Claimed"), wxLIST_FORMAT_RIGHT, FromDIP(105));
    auto* newCase = new wxButton(left, wxID_ANY, _(L"New case…"));
    auto* leftSizer = new wxBoxSizer(wxVERTICAL);
    leftSizer->Add(m_caseSearch, 0, wxEXPAND | wxALL, FromDIP(6));
    leftSizer->Add(m_caseList, 1, wxEXPAND);
    leftSizer->Add(newCase, 0, wxALL, FromDIP(6));
    left->SetSizer(leftSizer);

    auto* right = new wxPanel(splitter);
    // The title above the company, each on its own line beside the buttons; a title too long
    // for the line loses its middle (its start and end say most), and the tooltip has it all.
    m_caseHeading = new wxStaticText(right, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_MIDDLE | wxST_NO_AUTORESIZE);
    m_caseHeading->SetFont(m_caseHeading->GetFont().Scaled(1.15f).Bold());
    m_caseCompany = new wxStaticText(right, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_MIDDLE | wxST_NO_AUTORESIZE);
    m_caseCompany->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* titles = new wxBoxSizer(wxVERTICAL);
    titles->Add(m_caseHeading, 0, wxEXPAND);
    titles->Add(m_caseCompany, 0, wxEXPAND);
    auto* logCall = new wxButton(right, wxID_ANY, _("Log a call"));
    auto* nextCall = new wxButton(right, wxID_ANY, _(L"Next call…"));
    auto* exportPdf = new wxButton(right, wxID_ANY, _(L"Export PDF…"));
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(titles, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    header->Add(logCall, 0, wxRIGHT, FromDIP(6));
    header->Add(nextCall, 0, wxRIGHT, FromDIP(6));
    header->Add(exportPdf, 0);

    m_notebook = new wxNotebook(right, wxID_ANY);
    m_timeline = new TimelinePane(m_notebook, *this);
    m_promises = new PromisesPane(m_notebook, *this);
    m_money = new MoneyPane(m_notebook, *this);
    m_documents = new DocumentsPane(m_notebook, *this);
    m_details = new CaseDetailsPane(m_notebook, *this);
    m_notebook->AddPage(m_timeline, _("Timeline"));
    m_notebook->AddPage(m_promises, _("Promises"));
    m_notebook->AddPage(m_money, _("Money"));
    m_notebook->AddPage(m_documents, _("Documents"));
    m_notebook->AddPage(m_details, _("Case details"));
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    rightSizer->Add(header, 0, wxEXPAND | wxALL, FromDIP(8));
    rightSizer->Add(m_notebook, 1, wxEXPAND);
    right->SetSizer(rightSizer);

    splitter->SetMinimumPaneSize(FromDIP(200));
    splitter->SplitVertically(left, right, CaseListWidth());
    splitter->SetSashGravity(0.36); // a smaller window takes from both sides

    m_caseSearch->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { ShowCaseList(); });
    m_caseSearch->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        m_caseSearch->Clear();
        ShowCaseList();
    });
    m_caseList->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& ev) {
        const std::size_t row = m_shown[static_cast<std::size_t>(ev.GetIndex())];
        if (m_rows[row].id != m_caseId) Guarded(this, [&] { SelectCase(m_rows[row].id); });
    });
    newCase->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Guarded(this, [this] { NewCase(); }); });
    logCall->Bind(wxEVT_BUTTON,
                  [this](wxCommandEvent&) { Guarded(this, [this] { LogContact(Channel::Phone); }); });
    nextCall->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Guarded(this, [this] { ShowNextCall(); }); });
    exportPdf->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Guarded(this, [this] { ShowExport(); }); });
}

// The case list gets a bit over a third of the window (460 of 1280), the panes the rest: they
// have more columns, and the case list's least needed ones give way first.
int MainFrame::CaseListWidth() const {
    const int width = GetClientSize().x;
    return std::clamp(width * 9 / 25, FromDIP(360), std::max(FromDIP(360), width / 2));
}

ViewContext MainFrame::View() const {
    return ViewContext{LocaleFor(m_uiLanguage, m_case), m_today};
}

void MainFrame::SetToday(const Date& today) {
    m_today = today;
    ReloadCaseList();
}

void MainFrame::SetFileChooser(std::unique_ptr<FileChooser> chooser) {
    m_chooser = std::move(chooser);
}

void MainFrame::SetLauncher(std::unique_ptr<Launcher> launcher) { m_launcher = std::move(launcher); }

void MainFrame::SetRepository(std::unique_ptr<CaseRepository> repository) {
    CloseExportDialog();
    m_details->Flush();
    m_repo = std::move(repository);
    m_caseId = 0;
    m_case = Case{};
    ReloadCaseList();
    RefreshCase();
}

void MainFrame::ReloadCaseList() {
    m_rows = m_repo->ListCases(m_today);
    ShowCaseList();
    SetStatusText(wxString::Format(_("Library: %s"), ToWx(m_repo->Folder().string())), 0);
    SetStatusText(wxString::Format(wxPLURAL("%d case", "%d cases", int(m_rows.size())),
                                   int(m_rows.size())), 1);
}

void MainFrame::ShowCaseList() {
    const std::string text = ToUtf8(m_caseSearch->GetValue().Strip(wxString::both));
    m_shown.clear();
    if (text.empty()) {
        for (std::size_t i = 0; i < m_rows.size(); ++i) m_shown.push_back(i);
    } else {
        // Titles and company names match as typed; the library's full-text search finds the rest.
        const std::string folded = FoldCase(text);
        std::vector<RecordId> found;
        try {
            found = m_repo->SearchCases(text);
        } catch (const std::exception&) {
            // Half-typed text the search cannot use yet still filters by title.
        }
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const bool byTitle = FoldCase(m_rows[i].title + " " + m_rows[i].company).find(folded) !=
                                 std::string::npos;
            const bool byText =
                std::find(found.begin(), found.end(), m_rows[i].id) != found.end();
            if (byTitle || byText) m_shown.push_back(i);
        }
    }
    m_caseList->Freeze();
    m_caseList->DeleteAllItems();
    long selected = -1;
    for (std::size_t n = 0; n < m_shown.size(); ++n) {
        const CaseRow& row = m_rows[m_shown[n]];
        const long item = static_cast<long>(n);
        const FormatLocale locale{m_uiLanguage, row.jurisdiction.empty() ? "ES" : row.jurisdiction};
        m_caseList->InsertItem(item, ToWx(row.title));
        m_caseList->SetItem(item, kStatus, Label(row.status));
        if (row.lastActivity)
            m_caseList->SetItem(item, kLast, ToWx(FormatDate(row.lastActivity->LocalDate(), locale)));
        m_caseList->SetItem(item, kBroken, wxString::Format("%d", row.brokenPromises));
        if (!row.totalClaimed.currency.empty())
            m_caseList->SetItem(item, kClaimed, ToWx(FormatMoney(row.totalClaimed, locale)));
        if (row.brokenPromises > 0) m_caseList->SetItemTextColour(item, wxColour(0x9b, 0x1c, 0x1c));
        if (row.id == m_caseId) selected = item;
    }
    if (selected >= 0) m_caseList->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    FitColumns(m_caseList, kTitle, {kStatus, kBroken, kLast});
    m_caseList->Thaw();
}

void MainFrame::SelectCase(RecordId id) {
    m_details->Flush();
    if (m_export && m_export->CaseId() != id) CloseExportDialog();
    m_caseId = id;
    RefreshCase();
    if (id) wxConfigBase::Get()->Write("/Session/LastCase", static_cast<long>(id));
    for (std::size_t n = 0; n < m_shown.size(); ++n)
        if (m_rows[m_shown[n]].id == id && !m_caseList->GetItemState(long(n), wxLIST_STATE_SELECTED))
            m_caseList->SetItemState(long(n), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

void MainFrame::RefreshCase() {
    if (m_caseId) {
        try {
            m_case = m_repo->LoadCase(m_caseId);
        } catch (...) {
            m_caseId = 0;
            m_case = Case{};
            UpdateTitle();
            throw;
        }
    } else {
        m_case = Case{};
    }
    const Case* shown = m_caseId ? &m_case : nullptr;
    const ViewContext view = View();
    m_timeline->ShowCase(shown, view);
    m_promises->ShowCase(shown, view);
    m_money->ShowCase(shown, view);
    m_documents->ShowCase(shown, view);
    m_details->ShowCase(shown, view);
    if (m_export && m_caseId) m_export->CaseChanged(m_case);
    UpdateTitle();
}

void MainFrame::UpdateTitle() {
    if (!m_caseId) {
        SetTitle(_("Reclama"));
        m_caseHeading->SetLabel(_("Choose a case on the left, or create one."));
        m_caseHeading->UnsetToolTip();
        m_caseCompany->SetLabel(wxString());
        m_caseCompany->UnsetToolTip();
        return;
    }
    SetTitle(ToWx(m_case.title) + L" \u2013 " + _("Reclama"));
    m_caseHeading->SetLabel(ToWx(m_case.title));
    m_caseHeading->SetToolTip(ToWx(m_case.title));
    m_caseCompany->SetLabel(ToWx(m_case.company.name));
    m_caseCompany->SetToolTip(ToWx(m_case.company.name));
    m_caseHeading->GetParent()->Layout();
}

void MainFrame::ShowPane(PaneId pane) { m_notebook->SetSelection(static_cast<int>(pane)); }

PaneId MainFrame::CurrentPane() const { return static_cast<PaneId>(m_notebook->GetSelection()); }

bool MainFrame::RequireCase() {
    if (m_caseId) return true;
    ShowError(this, _("Choose a case first, or create one with File > New case."));
    return false;
}

void MainFrame::RestoreGeometry() {
    auto* config = wxConfigBase::Get();
    const wxRect remembered(config->ReadLong("/Window/X", -1), config->ReadLong("/Window/Y", -1),
                            config->ReadLong("/Window/Width", FromDIP(1280)),
                            config->ReadLong("/Window/Height", FromDIP(800)));
    const wxPoint where = remembered.x >= 0 && remembered.y >= 0 ? remembered.GetPosition()
                                                                  : wxDefaultPosition;
    const wxRect area = UsableArea(where);
    // Small enough for a 1024x600 screen less its panel; never more than this display has.
    const wxSize minimum = FromDIP(wxSize(kMinWidth, kMinHeight));
    SetMinSize(wxSize(std::min(minimum.x, area.width), std::min(minimum.y, area.height)));
    SetSize(FitToArea(remembered, area));
    if (config->ReadBool("/Window/Maximized", false)) Maximize();
}

void MainFrame::SaveGeometry() {
    auto* config = wxConfigBase::Get();
    config->Write("/Window/Maximized", IsMaximized());
    config->Write("/Window/Sash", m_body->GetSashPosition());
    if (!IsMaximized() && !IsIconized()) {
        const wxRect r = GetRect();
        config->Write("/Window/X", r.x);
        config->Write("/Window/Y", r.y);
        config->Write("/Window/Width", r.width);
        config->Write("/Window/Height", r.height);
    }
    config->Flush();
}

void MainFrame::SetLanguagePreference(const std::string& language) {
    wxConfigBase::Get()->Write("/Interface/Language", ToWx(language));
    wxConfigBase::Get()->Flush();
    // After the menu event: the menu bar it came from is about to be replaced.
    if (language != m_uiLanguage) CallAfter([this, language] { ApplyLanguage(language); });
}

void MainFrame::ApplyLanguage(const std::string& language) {
    m_details->Flush();
    CloseExportDialog(); // built in the old language; opened again, it speaks the new one
    const PaneId pane = CurrentPane();
    const wxString search = m_caseSearch->GetValue();
    const int sash = m_body->GetSashPosition();
    InstallTranslations(language);
    m_uiLanguage = language;
    // Every label, menu and list is written when it is built: build them again.
    Freeze();
    BuildMenus();
    m_body->Destroy();
    BuildLayout();
    m_body->SetSashPosition(sash);
    m_caseSearch->ChangeValue(search);
    ReloadCaseList();
    RefreshCase();
    ShowPane(pane);
    SendSizeEvent();
    Thaw();
}

} // namespace reclama::gui
