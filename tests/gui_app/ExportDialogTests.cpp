// The export dialog driven through its own controls: opened from the menu, profile, language,
// sections and evidence package chosen on it, the pre-flight list read and followed to a
// record, Export and Cancel pressed as buttons, the files checked on disk.
#include "LibraryWindow.h"

#include "casefile/CaseFile.h"
#include "gui/ExportDialog.h"
#include "gui/LibraryRepository.h"
#include "gui/MenuIds.h"
#include "gui/PromisesPane.h"
#include "gui/WxText.h"
#include "SampleCase.h"

#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/textctrl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/stopwatch.h>

#include <cstdlib>
#include <fstream>
#include <random>

namespace reclama::gui::test {
namespace {

using namespace core;
namespace fs = std::filesystem;

void Send(wxWindow* control, wxEventType type, int value = 0) {
    wxCommandEvent event(type, control->GetId());
    event.SetEventObject(control);
    event.SetInt(value);
    control->GetEventHandler()->ProcessEvent(event);
}

void Click(wxButton* button) {
    ASSERT_TRUE(button->IsEnabled()) << button->GetLabel();
    Send(button, wxEVT_BUTTON);
}

void Choose(wxChoice* choice, const wxString& label) {
    const int index = choice->FindString(label);
    ASSERT_NE(index, wxNOT_FOUND) << label;
    choice->SetSelection(index);
    Send(choice, wxEVT_CHOICE, index);
}

void CheckSection(wxCheckListBox* list, const wxString& label, bool on) {
    const int index = list->FindString(label);
    ASSERT_NE(index, wxNOT_FOUND) << label;
    list->Check(static_cast<unsigned>(index), on);
    Send(list, wxEVT_CHECKLISTBOX, index);
}

bool SectionChecked(wxCheckListBox* list, const wxString& label) {
    const int index = list->FindString(label);
    return index != wxNOT_FOUND && list->IsChecked(static_cast<unsigned>(index));
}

// Pre-flight rows: record column -> text column.
std::map<std::string, std::string> PreflightRows(ExportDialog* dialog) {
    std::map<std::string, std::string> rows;
    wxListCtrl* list = dialog->PreflightList();
    for (long i = 0; i < list->GetItemCount(); ++i)
        rows[ToUtf8(list->GetItemText(i, 0))] = ToUtf8(list->GetItemText(i, 1));
    return rows;
}

long PreflightRowOf(ExportDialog* dialog, const std::string& handle) {
    wxListCtrl* list = dialog->PreflightList();
    for (long i = 0; i < list->GetItemCount(); ++i)
        if (ToUtf8(list->GetItemText(i, 0)) == handle) return i;
    return -1;
}

bool WaitUntilDone(ExportDialog* dialog, int seconds = 180) {
    wxStopWatch watch;
    while (dialog->IsRunning() && watch.Time() < seconds * 1000) Pump(20);
    return !dialog->IsRunning();
}

std::string PdfText(const fs::path& pdf) {
    const fs::path text = pdf.parent_path() / "text.txt";
    const std::string command =
        "pdftotext -enc UTF-8 \"" + pdf.string() + "\" \"" + text.string() + "\"";
    if (std::system(command.c_str()) != 0) return {};
    std::ifstream in(text);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool QpdfCheckPasses(const fs::path& pdf) {
    const std::string command = "qpdf --check \"" + pdf.string() + "\" > /dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

// Files the export may have left in a folder: the dossier, the package, its temporaries.
std::vector<std::string> ExportLeftovers(const fs::path& folder) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.find("dossier") != std::string::npos) found.push_back(name);
    }
    return found;
}

class ExportDialogWindow : public LibraryWindow {
protected:
    ExportDialog* OpenExportDialog() {
        Command(kIdExportPdf);
        ExportDialog* dialog = m_frame->ExportWindow();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->IsShown());
        }
        return dialog;
    }

    // Eleven MiB that do not compress: over SERNAC's 10 MiB cap, within the generic profile's.
    fs::path WriteBigFile() {
        const fs::path file = m_dir / "recording.bin";
        std::ofstream out(file, std::ios::binary);
        std::mt19937 random(11);
        for (int i = 0; i < 11 * 1024 * 256; ++i) {
            const auto word = random();
            out.write(reinterpret_cast<const char*>(&word), 4);
        }
        return file;
    }
};

TEST_F(ExportDialogWindow, ExportsWithTheChoicesMadeOnItsControls) {
    const RecordId caseId = CreateCase();
    const RecordId contactId = LogCallWithPromise(); // no reference number from the company
    Promise vague;
    vague.by = "Marta";
    vague.text = "We will call you back about the compensation for the days without service";
    const RecordId vagueId = m_frame->Repository().AddPromise(caseId, vague);
    m_frame->SelectCase(caseId);
    m_chooser->next = WriteFile("contract.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages");
    Command(kIdAttach);
    m_chooser->next = WriteBigFile();
    Command(kIdAttach);
    ASSERT_EQ(m_frame->CurrentCase()->documents.size(), 2u);
    const RecordId damagedId = m_frame->CurrentCase()->documents[0].id;
    ASSERT_TRUE(TakeErrors().empty());

    ExportDialog* dialog = OpenExportDialog();
    ASSERT_NE(dialog, nullptr);
    // File > Export PDF again brings the same dialog forward rather than a second one.
    Command(kIdExportPdf);
    EXPECT_EQ(m_frame->ExportWindow(), dialog);

    // The pre-flight list names each record to look at, with the record's own words.
    auto rows = PreflightRows(dialog);
    const std::string contact = "c" + std::to_string(contactId);
    const std::string promise = "p" + std::to_string(vagueId);
    const std::string damaged = "d" + std::to_string(damagedId);
    ASSERT_TRUE(rows.count(contact)) << "no pre-flight row for " << contact;
    EXPECT_NE(rows[contact].find("reference"), std::string::npos) << rows[contact];
    ASSERT_TRUE(rows.count(promise));
    EXPECT_NE(rows[promise].find(vague.text), std::string::npos) << rows[promise];
    ASSERT_TRUE(rows.count(damaged));
    EXPECT_NE(rows[damaged].find("contract"), std::string::npos) << rows[damaged];
    EXPECT_FALSE(rows.count("\u2014")) << "the generic profile has no size cap";

    // SERNAC caps each file at 10 MiB and has no deadlines section: the dialog follows.
    Choose(dialog->ProfileCtrl(), "SERNAC (Chile)");
    rows = PreflightRows(dialog);
    ASSERT_TRUE(rows.count("\u2014")) << "no size row for SERNAC";
    EXPECT_NE(rows["\u2014"].find("limit"), std::string::npos) << rows["\u2014"];
    EXPECT_FALSE(SectionChecked(dialog->SectionsCtrl(), "Deadlines"));
    EXPECT_TRUE(SectionChecked(dialog->SectionsCtrl(), "Chronology"));
    Choose(dialog->ProfileCtrl(), "Generic");
    EXPECT_FALSE(PreflightRows(dialog).count("\u2014"));
    EXPECT_TRUE(SectionChecked(dialog->SectionsCtrl(), "Deadlines"));

    // Following a row: the full sentence below the list, then the record in the main window.
    EXPECT_FALSE(dialog->GoToButton()->IsEnabled());
    const long row = PreflightRowOf(dialog, promise);
    dialog->PreflightList()->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    Pump();
    wxString details = dialog->PreflightDetails()->GetLabel();
    details.Replace("\n", " "); // wrapped to the list's width
    EXPECT_TRUE(details.Contains(ToWx(vague.text))) << details;
    Click(dialog->GoToButton());
    EXPECT_EQ(m_frame->CurrentPane(), PaneId::Promises);
    wxListCtrl* promises = m_frame->Promises()->List();
    const long selected = promises->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    ASSERT_GE(selected, 0);
    EXPECT_EQ(promises->GetItemText(selected, 2), ToWx(vague.text));
    // A damaged exhibit leads to the documents.
    dialog->PreflightList()->SetItemState(PreflightRowOf(dialog, damaged), wxLIST_STATE_SELECTED,
                                          wxLIST_STATE_SELECTED);
    Pump();
    Click(dialog->GoToButton());
    EXPECT_EQ(m_frame->CurrentPane(), PaneId::Documents);

    // English, no chronology, with the evidence package, saved under a name typed without .pdf.
    Choose(dialog->LanguageCtrl(), "English");
    CheckSection(dialog->SectionsCtrl(), "Chronology", false);
    dialog->EvidenceCtrl()->SetValue(true);
    Send(dialog->EvidenceCtrl(), wxEVT_CHECKBOX, 1);
    // Choose... asks the file chooser; a name typed without .pdf gets it.
    EXPECT_TRUE(dialog->OutputCtrl()->GetValue().EndsWith(ToWx("ADSL sin servicio.pdf")))
        << dialog->OutputCtrl()->GetValue();
    m_chooser->next = m_dir / "dossier";
    Click(dialog->ChooseOutputButton());
    EXPECT_EQ(dialog->OutputCtrl()->GetValue(), ToWx((m_dir / "dossier.pdf").string()));
    EXPECT_FALSE(dialog->OpenPdfButton()->IsEnabled());
    EXPECT_FALSE(dialog->CancelButton()->IsEnabled());

    Click(dialog->ExportButton());
    EXPECT_TRUE(dialog->IsRunning());
    EXPECT_TRUE(dialog->CancelButton()->IsEnabled());
    EXPECT_FALSE(dialog->ExportButton()->IsEnabled());
    ASSERT_TRUE(WaitUntilDone(dialog));
    EXPECT_TRUE(TakeErrors().empty());

    const fs::path pdf = m_dir / "dossier.pdf", zip = m_dir / "dossier.zip";
    ASSERT_TRUE(fs::is_regular_file(pdf));
    EXPECT_TRUE(QpdfCheckPasses(pdf));
    ASSERT_TRUE(fs::is_regular_file(zip));
    EXPECT_GT(fs::file_size(zip), 11u * 1024 * 1024); // the recording's original is in it
    EXPECT_EQ(dialog->Written(), (std::vector<fs::path>{pdf, zip}));
    const std::string text = PdfText(pdf);
    EXPECT_NE(text.find("Statement of facts"), std::string::npos);
    EXPECT_EQ(text.find("Hechos"), std::string::npos) << "the dossier should be in English";
    EXPECT_EQ(text.find("Chronology"), std::string::npos) << "the chronology was left out";
    EXPECT_TRUE(dialog->ResultText()->GetLabel().Contains("dossier.pdf"));

    // Open PDF and Show in folder hand the file to the desktop.
    Click(dialog->OpenPdfButton());
    Click(dialog->ShowFolderButton());
    EXPECT_EQ(m_launcher->opened, std::vector<fs::path>{pdf});
    EXPECT_EQ(m_launcher->shownInFolder, std::vector<fs::path>{pdf});

    // Exporting again over the same file asks first; "no" writes nothing new.
    const auto written = fs::last_write_time(pdf);
    AnswerQuestionsWith(false);
    Click(dialog->ExportButton());
    EXPECT_FALSE(dialog->IsRunning());
    EXPECT_EQ(TakeQuestions().size(), 1u);
    EXPECT_EQ(fs::last_write_time(pdf), written);
}

TEST_F(ExportDialogWindow, CancelLeavesNoFile) {
    // A case long enough that the export is still drawing when Cancel is pressed.
    Case big = GeneratedCase(3000);
    big.claimant.name = "Lucía Martín";
    big.jurisdiction = "ES";
    big.language = "es";
    big.currency = "EUR";
    casefile::WriteCaseFile(big, [](const Document&) { return fs::path(); }, m_dir / "big");
    m_chooser->next = m_dir / "big" / "case.json";
    Command(kIdImport);
    ASSERT_TRUE(TakeErrors().empty());
    ASSERT_NE(m_frame->CurrentCase(), nullptr);

    ExportDialog* dialog = OpenExportDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->OutputCtrl()->ChangeValue(ToWx((m_dir / "dossier.pdf").string()));
    dialog->EvidenceCtrl()->SetValue(true);
    Send(dialog->EvidenceCtrl(), wxEVT_CHECKBOX, 1);
    Click(dialog->ExportButton());
    ASSERT_TRUE(dialog->IsRunning());
    Click(dialog->CancelButton());
    ASSERT_TRUE(WaitUntilDone(dialog));
    EXPECT_TRUE(TakeErrors().empty());
    EXPECT_TRUE(dialog->ResultText()->GetLabel().Contains("cancelled")) << dialog->ResultText()->GetLabel();
    EXPECT_TRUE(dialog->Written().empty());
    EXPECT_FALSE(dialog->OpenPdfButton()->IsEnabled());
    EXPECT_TRUE(ExportLeftovers(m_dir).empty());
    EXPECT_TRUE(dialog->ExportButton()->IsEnabled());

    // Closing the dialog in the middle of an export cancels it too.
    Click(dialog->ExportButton());
    ASSERT_TRUE(dialog->IsRunning());
    dialog->Close();
    Pump();
    EXPECT_EQ(m_frame->ExportWindow(), nullptr);
    EXPECT_TRUE(ExportLeftovers(m_dir).empty());
}

TEST_F(ExportDialogWindow, AFolderThatDoesNotExistIsNamedAndNothingIsWritten) {
    CreateCase();
    ExportDialog* dialog = OpenExportDialog();
    ASSERT_NE(dialog, nullptr);
    const fs::path out = m_dir / "missing" / "dossier.pdf";
    dialog->OutputCtrl()->ChangeValue(ToWx(out.string()));
    Click(dialog->ExportButton());
    ASSERT_TRUE(WaitUntilDone(dialog));
    const auto errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(errors[0].Contains(ToWx(out.string()))) << errors[0];
    EXPECT_FALSE(fs::exists(m_dir / "missing"));
    EXPECT_FALSE(dialog->OpenPdfButton()->IsEnabled());
}

TEST_F(ExportDialogWindow, ChoosingAnotherCaseClosesTheDialog) {
    CreateCase();
    ExportDialog* dialog = OpenExportDialog();
    ASSERT_NE(dialog, nullptr);
    Case other;
    other.title = "Otra reclamación";
    const RecordId second = m_frame->Repository().CreateCase(other);
    m_frame->ReloadCaseList();
    m_frame->SelectCase(second);
    Pump();
    EXPECT_EQ(m_frame->ExportWindow(), nullptr);
}

} // namespace
} // namespace reclama::gui::test
