// The main window over a real case library in a temporary folder: create a case, log a call with
// a promise, attach a file, see them in the panes, undo, export the dossier and check the PDF.
#include "LibraryWindow.h"

#include "core/Error.h"
#include "gui/DocumentsPane.h"
#include "gui/LibraryRepository.h"
#include "gui/MainFrame.h"
#include "gui/MenuIds.h"
#include "gui/PromisesPane.h"
#include "gui/TimelinePane.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/listctrl.h>

#include <cstdlib>

namespace reclama::gui::test {
namespace {

using namespace core;
namespace fs = std::filesystem;

TEST_F(LibraryWindow, CreateLogAttachUndo) {
    const RecordId caseId = CreateCase();
    ASSERT_NE(caseId, 0);
    EXPECT_EQ(m_frame->CaseList()->GetItemCount(), 1);
    EXPECT_EQ(m_frame->CurrentCase()->title, "ADSL sin servicio");

    const RecordId contactId = LogCallWithPromise();
    ASSERT_NE(contactId, 0);
    Pump();
    // Timeline: the call and the promise's due date; ledger: one promise, overdue on 20 Feb.
    EXPECT_EQ(m_frame->Timeline()->Model().EventCount(), 2u);
    ASSERT_EQ(m_frame->Promises()->List()->GetItemCount(), 1);
    EXPECT_EQ(m_frame->Promises()->List()->GetItemText(0, 2), "A technician will come on Thursday");
    EXPECT_EQ(m_frame->Promises()->List()->GetItemText(0, 4), "Overdue");
    ASSERT_EQ(m_frame->CurrentCase()->promises.size(), 1u);
    EXPECT_EQ(m_frame->CurrentCase()->promises[0].contact, contactId);

    // Record > Attach files: the receipt chosen is stored in the library and listed.
    m_chooser->next = WriteFile("receipt.txt", "Ticket 4471: no service since 8 January");
    Command(kIdAttach);
    ASSERT_EQ(m_frame->CurrentCase()->documents.size(), 1u);
    EXPECT_EQ(m_frame->CurrentCase()->documents[0].originalName, "receipt.txt");
    EXPECT_EQ(m_frame->Documents()->List()->GetItemCount(), 1);
    const auto stored = m_frame->DocumentFile(m_frame->CurrentCase()->documents[0]);
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(fs::is_regular_file(*stored));
    EXPECT_TRUE(TakeErrors().empty());
    // Opening it hands the stored original to the desktop.
    m_frame->OpenDocument(m_frame->CurrentCase()->documents[0].id);
    ASSERT_EQ(m_launcher->opened.size(), 1u);
    EXPECT_EQ(m_launcher->opened[0], *stored);

    // Ctrl+Z takes the attachment back; the call and its promise stay.
    m_frame->Undo();
    Pump();
    EXPECT_TRUE(m_frame->CurrentCase()->documents.empty());
    EXPECT_EQ(m_frame->Documents()->List()->GetItemCount(), 0);
    EXPECT_EQ(m_frame->CurrentCase()->contacts.size(), 1u);

    // Switching the window to another library lets go of this one; opened again, it holds
    // everything that was acknowledged (not just what the window remembered).
    m_frame->SetRepository(OpenLibraryRepository(m_dir / "other"));
    EXPECT_EQ(m_frame->CaseList()->GetItemCount(), 0);
    auto again = OpenLibraryRepository(m_dir / "library");
    const Case reread = again->LoadCase(caseId);
    EXPECT_EQ(reread.contacts.size(), 1u);
    EXPECT_EQ(reread.promises.size(), 1u);
    EXPECT_TRUE(reread.documents.empty());
}

TEST_F(LibraryWindow, ExportsAValidPdfDossier) {
    const RecordId caseId = CreateCase();
    LogCallWithPromise();
    jobs::ExportOptions options;
    options.out = m_dir / "dossier.pdf";
    options.today = Date(2026, 2, 20);
    options.deterministic = true;
    jobs::SilentProgress progress;
    const auto result = m_frame->Repository().Export(caseId, options, progress);
    ASSERT_FALSE(result.files.empty());
    ASSERT_TRUE(fs::is_regular_file(options.out));
    EXPECT_GT(fs::file_size(options.out), 1000u);
    const std::string check = "qpdf --check \"" + options.out.string() + "\" > /dev/null 2>&1";
    EXPECT_EQ(std::system(check.c_str()), 0) << "qpdf --check failed on " << options.out;
    // The recipient profiles come from templates/, generic first.
    const auto profiles = m_frame->Repository().Profiles();
    ASSERT_FALSE(profiles.empty());
    EXPECT_EQ(profiles.front().name, "generic");
}

TEST_F(LibraryWindow, DeletesARecordOnlyWhenThePersonSaysYes) {
    CreateCase();
    const RecordId contact = LogCallWithPromise();
    AnswerQuestionsWith(false);
    m_frame->DeleteRecord({RecordKind::Contact, contact});
    AnswerQuestionsWith(true);
    const auto asked = TakeQuestions();
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_TRUE(asked[0].Contains("c" + std::to_string(contact))) << asked[0];
    EXPECT_EQ(m_frame->CurrentCase()->contacts.size(), 1u);
    m_frame->DeleteRecord({RecordKind::Contact, contact});
    EXPECT_EQ(TakeQuestions().size(), 1u);
    EXPECT_TRUE(m_frame->CurrentCase()->contacts.empty());
}

TEST_F(LibraryWindow, RefusesToEditARecordOfAnotherCase) {
    const RecordId first = CreateCase();
    LogCallWithPromise();
    Case other;
    other.title = "Otra reclamación";
    const RecordId second = m_frame->Repository().CreateCase(other);
    Contact stray = m_frame->CurrentCase()->contacts.at(0);
    stray.summary = "changed through the wrong case";
    EXPECT_THROW(m_frame->Repository().UpdateContact(second, stray), InputError);
    EXPECT_EQ(m_frame->Repository().LoadCase(first).contacts.at(0).summary,
              "Third call: the line still has no service");
}

} // namespace
} // namespace reclama::gui::test
