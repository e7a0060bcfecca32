// Main window: the actions behind the menus; each edit is one store transaction, then every pane
// shows the case as stored.
#include "MainFrame.h"

#include "CaseDetailsPane.h"
#include "ContactDialog.h"
#include "DocumentsPane.h"
#include "ErrorReport.h"
#include "ExportDialog.h"
#include "HistoryDialog.h"
#include "InvoiceDialog.h"
#include "NewCaseDialog.h"
#include "NextCallDialog.h"
#include "PaymentDialog.h"
#include "PromiseDialog.h"
#include "PromisesPane.h"
#include "Prompts.h"
#include "TimelinePane.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/intl.h>
#include <wx/textdlg.h>

#include <boost/date_time/posix_time/posix_time.hpp>

namespace reclama::gui {

using namespace core;

namespace {
boost::posix_time::ptime UtcNow() { return boost::posix_time::second_clock::universal_time(); }

template <class T> const T* FindById(const std::vector<T>& records, RecordId id) {
    for (const auto& r : records)
        if (r.id == id) return &r;
    return nullptr;
}
} // namespace

RecordId MainFrame::SaveNewContact(const Contact& contact, const std::optional<Promise>& promise) {
    const RecordId id = m_repo->AddContactWithPromise(m_caseId, contact, promise);
    RefreshCase();
    ReloadCaseList();
    return id;
}

void MainFrame::LogContact(Channel channel) {
    if (!RequireCase()) return;
    ContactDialog dialog(this, m_case, channel, nullptr, UtcNow());
    if (dialog.ShowModal() != wxID_OK) return;
    SaveNewContact(dialog.Result(), dialog.NewPromise());
    ShowPane(PaneId::Timeline);
}

void MainFrame::AddInvoice() {
    if (!RequireCase()) return;
    InvoiceDialog dialog(this, m_case, nullptr, m_today);
    if (dialog.ShowModal() != wxID_OK) return;
    m_repo->AddInvoice(m_caseId, dialog.Result());
    RefreshCase();
    ReloadCaseList();
    ShowPane(PaneId::Money);
}

void MainFrame::AddPayment() {
    if (!RequireCase()) return;
    PaymentDialog dialog(this, m_case, nullptr, UtcNow());
    if (dialog.ShowModal() != wxID_OK) return;
    m_repo->AddPayment(m_caseId, dialog.Result());
    RefreshCase();
    ReloadCaseList();
    ShowPane(PaneId::Money);
}

void MainFrame::AddNote() {
    if (!RequireCase()) return;
    wxTextEntryDialog dialog(this, _("Note"), _("Add a note"), wxString(),
                             wxOK | wxCANCEL | wxTE_MULTILINE);
    if (dialog.ShowModal() != wxID_OK || dialog.GetValue().Strip(wxString::both).empty()) return;
    Note note;
    note.at = NowIn(m_case.timezone, UtcNow());
    note.text = ToUtf8(dialog.GetValue().Strip(wxString::both));
    m_repo->AddNote(m_caseId, note);
    RefreshCase();
}

void MainFrame::NewCase() {
    NewCaseDialog dialog(this);
    if (dialog.ShowModal() != wxID_OK) return;
    const RecordId id = m_repo->CreateCase(dialog.Result());
    ReloadCaseList();
    SelectCase(id);
    ShowPane(PaneId::Details);
}

void MainFrame::Undo() {
    m_details->Flush();
    const auto what = m_repo->UndoLastEdit(m_caseId);
    if (!what) {
        SetStatusText(_("Nothing to undo."), 0);
        return;
    }
    SetStatusText(wxString::Format(_("Undone: %s"), ToWx(*what)), 0);
    ReloadCaseList();
    try {
        RefreshCase();
    } catch (const NotFoundError&) {
        // Undoing the creation of the case shown: nothing to show any more.
        SelectCase(0);
    }
}

void MainFrame::EditRecord(RecordRef record) {
    if (!RequireCase()) return;
    switch (record.kind) {
    case RecordKind::Contact:
        if (const Contact* k = m_case.FindContact(record.id)) {
            ContactDialog dialog(this, m_case, k->channel, k, UtcNow());
            if (dialog.ShowModal() == wxID_OK) m_repo->UpdateContact(m_caseId, dialog.Result());
        }
        break;
    case RecordKind::Promise:
        if (const Promise* p = FindById(m_case.promises, record.id)) {
            PromiseDialog dialog(this, *p, View().locale);
            if (dialog.ShowModal() == wxID_OK) m_repo->UpdatePromise(m_caseId, dialog.Result());
        }
        break;
    case RecordKind::Invoice:
        if (const Invoice* i = FindById(m_case.invoices, record.id)) {
            InvoiceDialog dialog(this, m_case, i, m_today);
            if (dialog.ShowModal() == wxID_OK) m_repo->UpdateInvoice(m_caseId, dialog.Result());
        }
        break;
    case RecordKind::Payment:
        if (const Payment* p = FindById(m_case.payments, record.id)) {
            PaymentDialog dialog(this, m_case, p, UtcNow());
            if (dialog.ShowModal() == wxID_OK) m_repo->UpdatePayment(m_caseId, dialog.Result());
        }
        break;
    case RecordKind::Note:
        if (const Note* n = FindById(m_case.notes, record.id)) {
            wxTextEntryDialog dialog(this, _("Note"), _("Edit note"), ToWx(n->text),
                                     wxOK | wxCANCEL | wxTE_MULTILINE);
            if (dialog.ShowModal() == wxID_OK) {
                Note edited = *n;
                edited.text = ToUtf8(dialog.GetValue().Strip(wxString::both));
                m_repo->UpdateNote(m_caseId, edited);
            }
        }
        break;
    case RecordKind::Incident:
    case RecordKind::Document:
        ShowHistory(record);
        return;
    }
    RefreshCase();
    ReloadCaseList();
}

void MainFrame::ShowHistory(RecordRef record) {
    if (!RequireCase()) return;
    HistoryDialog dialog(this, ToWx(RecordHandle(record.kind, record.id)),
                         m_repo->History(m_caseId, record));
    dialog.ShowModal();
}

void MainFrame::DeleteRecord(RecordRef record) {
    if (!RequireCase()) return;
    if (!AskYesNo(this, wxString::Format(_("Delete record %s? You can undo this with Ctrl+Z."),
                                         ToWx(RecordHandle(record.kind, record.id)))))
        return;
    m_repo->DeleteRecord(m_caseId, record);
    RefreshCase();
    ReloadCaseList();
}

void MainFrame::SavePromise(const Promise& promise) {
    m_repo->UpdatePromise(m_caseId, promise);
    RefreshCase();
    ReloadCaseList();
}

void MainFrame::SaveCaseHeader(const Case& header) {
    if (!Guarded(this, [&] { m_repo->SaveCaseHeader(header); })) return;
    m_case = m_repo->LoadCase(m_caseId);
    UpdateTitle();
    ReloadCaseList();
}

void MainFrame::AttachFiles(const std::vector<std::filesystem::path>& files,
                            std::optional<RecordRef> linkTo) {
    if (!RequireCase()) return;
    int done = 0;
    for (const auto& file : files) {
        if (Guarded(this, [&] { m_repo->AttachFile(m_caseId, file, linkTo); })) ++done;
    }
    RefreshCase();
    SetStatusText(wxString::Format(wxPLURAL("%d file attached.", "%d files attached.", done), done),
                  0);
}

void MainFrame::ChooseFilesToAttach() {
    if (!RequireCase()) return;
    ShowPane(PaneId::Documents);
    const auto files =
        m_chooser->OpenFiles(this, _("Attach files as evidence"), _("All files") + "|*");
    if (!files.empty()) AttachFiles(files, std::nullopt);
}

void MainFrame::OpenDocument(RecordId document) {
    const Document* doc = m_case.FindDocument(document);
    if (!doc) return;
    const auto file = m_repo->DocumentFile(*doc);
    if (!file) {
        ShowError(this, wxString::Format(_("The file of document %s is missing from the library."),
                                         ToWx(RecordHandle(RecordKind::Document, document))));
        return;
    }
    if (!m_launcher->OpenFile(*file))
        ShowError(this, wxString::Format(_("No program could open %s."), ToWx(file->string())));
}

std::optional<std::filesystem::path> MainFrame::DocumentFile(const Document& doc) {
    return m_repo->DocumentFile(doc);
}

void MainFrame::ShowNextCall() {
    if (!RequireCase()) return;
    NextCallDialog dialog(this, ToWx(m_repo->Brief(m_caseId, m_today, m_uiLanguage)));
    dialog.ShowModal();
}

void MainFrame::ShowExport() {
    if (!RequireCase()) return;
    m_details->Flush();
    if (m_export && m_export->CaseId() == m_caseId) {
        m_export->Raise();
        return;
    }
    CloseExportDialog();
    m_export = new ExportDialog(this, *m_repo, m_case, m_today, m_uiLanguage, *m_chooser, *m_launcher,
                                [this](const std::string& handle) { ShowRecord(handle); });
    m_export->Show();
}

void MainFrame::CloseExportDialog() {
    if (!m_export) return;
    m_export->StopAndWait();
    m_export->Destroy();
    m_export = nullptr;
}

bool MainFrame::ShowRecord(const std::string& handle) {
    if (!m_caseId) return false;
    if (handle.empty()) {
        ShowPane(PaneId::Documents);
        return true;
    }
    const auto record = ParseRecordHandle(handle);
    if (!record) return false;
    switch (record->kind) {
    case RecordKind::Promise:
        ShowPane(PaneId::Promises);
        return m_promises->SelectPromise(record->id);
    case RecordKind::Document:
        ShowPane(PaneId::Documents);
        return m_documents->SelectDocument(record->id);
    default:
        ShowPane(PaneId::Timeline);
        return m_timeline->SelectRecord(*record);
    }
}

} // namespace reclama::gui
