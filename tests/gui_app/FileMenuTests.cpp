// The File menu driven as a person would: each command sent as the menu sends it, paths given
// through the fake file chooser, results checked on the real libraries on disk.
#include "LibraryWindow.h"

#include "gui/LibraryRepository.h"
#include "gui/MenuIds.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/config.h>

#include <fstream>
#include <iterator>

namespace reclama::gui::test {
namespace {

using namespace core;
namespace fs = std::filesystem;

const std::string kSampleTitle =
    "ADSL sin servicio \u2013 avería no resuelta y cobro de días sin conexión";

TEST_F(LibraryWindow, ImportsACaseFileAndShowsIt) {
    m_chooser->next = SampleCaseFile("es-adsl-averia");
    Command(kIdImport);
    EXPECT_TRUE(TakeErrors().empty());
    ASSERT_EQ(ListedTitles(), std::vector<std::string>{kSampleTitle});
    ASSERT_NE(m_frame->CurrentCase(), nullptr);
    EXPECT_EQ(m_frame->CurrentCase()->title, kSampleTitle);
    EXPECT_FALSE(m_frame->CurrentCase()->contacts.empty());
    EXPECT_FALSE(m_frame->CurrentCase()->documents.empty());
}

TEST_F(LibraryWindow, CancellingTheFileDialogDoesNothing) {
    Command(kIdImport); // the chooser answers "cancel"
    EXPECT_EQ(m_chooser->asked.size(), 1u);
    EXPECT_TRUE(ListedTitles().empty());
    EXPECT_TRUE(TakeErrors().empty());
}

TEST_F(LibraryWindow, ABadCaseFileIsNamedInOneErrorAndNothingIsImported) {
    CreateCase();
    const fs::path notZip = WriteFile("broken.reclama", "this is not a ZIP file");
    m_chooser->next = notZip;
    Command(kIdImport);
    auto errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(errors[0].Contains(ToWx(notZip.string()))) << errors[0];
    EXPECT_TRUE(errors[0].Contains("nothing was added")) << errors[0];
    EXPECT_EQ(ListedTitles(), std::vector<std::string>{"ADSL sin servicio"});

    // A case.json with a date that does not exist: the error names the file and the field.
    std::ifstream sample(SampleCaseFile("es-adsl-averia"));
    std::string json((std::istreambuf_iterator<char>(sample)), std::istreambuf_iterator<char>());
    const std::string goodDate = "\"2026-01-17T18:30:00+01:00\"";
    ASSERT_NE(json.find(goodDate), std::string::npos);
    json.replace(json.find(goodDate), goodDate.size(), "\"2026-02-30T18:30:00+01:00\"");
    const fs::path badJson = WriteFile("bad/case.json", json);
    fs::copy(SampleCaseFile("es-adsl-averia").parent_path() / "files", m_dir / "bad" / "files",
             fs::copy_options::recursive);
    m_chooser->next = badJson;
    Command(kIdImport);
    errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(errors[0].Contains(ToWx(badJson.string()))) << errors[0];
    EXPECT_TRUE(errors[0].Contains("contacts")) << errors[0];
    EXPECT_EQ(ListedTitles(), std::vector<std::string>{"ADSL sin servicio"});
    EXPECT_EQ(OpenLibraryRepository(m_dir / "library")->ListCases(Date(2026, 2, 20)).size(), 1u);
}

TEST_F(LibraryWindow, ExportsACaseFileThatImportsAgain) {
    m_chooser->next = SampleCaseFile("es-adsl-averia");
    Command(kIdImport);
    const Case original = *m_frame->CurrentCase();
    // Typed without an extension: the file gets its .reclama.
    m_chooser->next = m_dir / "copy";
    Command(kIdExportCaseFile);
    EXPECT_TRUE(TakeErrors().empty());
    ASSERT_TRUE(fs::is_regular_file(m_dir / "copy.reclama"));

    m_chooser->next = m_dir / "copy.reclama";
    Command(kIdImport);
    EXPECT_TRUE(TakeErrors().empty());
    EXPECT_EQ(ListedTitles(), (std::vector<std::string>{kSampleTitle, kSampleTitle}));
    const Case copy = *m_frame->CurrentCase();
    EXPECT_NE(copy.id, original.id);
    EXPECT_EQ(copy.contacts.size(), original.contacts.size());
    EXPECT_EQ(copy.promises.size(), original.promises.size());
    ASSERT_EQ(copy.documents.size(), original.documents.size());
    for (std::size_t i = 0; i < copy.documents.size(); ++i)
        EXPECT_EQ(copy.documents[i].sha256, original.documents[i].sha256);
}

TEST_F(LibraryWindow, ABackupRestoresIntoANewLibraryWithTheSameCases) {
    m_chooser->next = SampleCaseFile("es-adsl-averia");
    Command(kIdImport);
    CreateCase();
    const auto titles = ListedTitles();
    ASSERT_EQ(titles.size(), 2u);

    m_chooser->next = m_dir / "backup.zip";
    Command(kIdBackup);
    ASSERT_TRUE(fs::is_regular_file(m_dir / "backup.zip"));

    // File > New library: an empty window on a new folder.
    m_chooser->next = m_dir / "fresh";
    Command(kIdNewLibrary);
    EXPECT_EQ(m_frame->Repository().Folder(), m_dir / "fresh");
    EXPECT_TRUE(ListedTitles().empty());
    EXPECT_EQ(m_frame->CurrentCase(), nullptr);

    // Restoring into it asks nothing (there is nothing to lose) and brings every case back.
    m_chooser->next = m_dir / "backup.zip";
    Command(kIdRestore);
    EXPECT_TRUE(TakeErrors().empty());
    EXPECT_TRUE(TakeQuestions().empty());
    EXPECT_EQ(ListedTitles(), titles);
    auto restored = OpenLibraryRepository(m_dir / "fresh");
    const auto rows = restored->ListCases(Date(2026, 2, 20));
    ASSERT_EQ(rows.size(), 2u);
    const Case sample = restored->LoadCase(rows[0].title == kSampleTitle ? rows[0].id : rows[1].id);
    EXPECT_FALSE(sample.documents.empty());
    EXPECT_TRUE(restored->DocumentFile(sample.documents[0]).has_value());

    // File > Check library on the restored one: all is well.
    Command(kIdCheck);
    const auto notices = TakeNotices();
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_TRUE(notices[0].Contains("good order")) << notices[0];
    EXPECT_TRUE(TakeErrors().empty());
}

TEST_F(LibraryWindow, RestoreOverCasesAsksFirstAndABadBackupChangesNothing) {
    CreateCase();
    m_chooser->next = m_dir / "backup.zip";
    Command(kIdBackup);
    LogCallWithPromise();

    // "No": the library keeps the call logged after the backup.
    AnswerQuestionsWith(false);
    m_chooser->next = m_dir / "backup.zip";
    Command(kIdRestore);
    EXPECT_EQ(TakeQuestions().size(), 1u);
    EXPECT_EQ(m_frame->Repository().LoadCase(1).contacts.size(), 1u);

    // A file that is not a backup: named in the error; the library is as it was.
    AnswerQuestionsWith(true);
    const fs::path bogus = WriteFile("not-a-backup.zip", "PK but not really");
    m_chooser->next = bogus;
    Command(kIdRestore);
    const auto errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(errors[0].Contains(ToWx(bogus.string()))) << errors[0];
    EXPECT_EQ(ListedTitles(), std::vector<std::string>{"ADSL sin servicio"});
    EXPECT_EQ(m_frame->Repository().LoadCase(1).contacts.size(), 1u);

    // "Yes" with the real backup: back to the state before the call.
    m_chooser->next = m_dir / "backup.zip";
    Command(kIdRestore);
    EXPECT_TRUE(TakeErrors().empty());
    EXPECT_EQ(ListedTitles(), std::vector<std::string>{"ADSL sin servicio"});
    EXPECT_TRUE(m_frame->Repository().LoadCase(1).contacts.empty());
}

TEST_F(LibraryWindow, OpensOnlyFoldersThatHoldALibrary) {
    CreateCase();
    // A folder with other files is not made into a library by "New library".
    WriteFile("papers/letter.txt", "not a library");
    m_chooser->next = m_dir / "papers";
    Command(kIdNewLibrary);
    auto errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(errors[0].Contains(ToWx((m_dir / "papers").string()))) << errors[0];
    // ... nor opened by "Open library".
    m_chooser->next = m_dir / "papers";
    Command(kIdOpenLibrary);
    errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(errors[0].Contains("library.db")) << errors[0];
    EXPECT_FALSE(fs::exists(m_dir / "papers" / "library.db"));
    EXPECT_EQ(m_frame->Repository().Folder(), m_dir / "library");

    // A second library, then back to the first through "Open library".
    m_chooser->next = m_dir / "second";
    Command(kIdNewLibrary);
    EXPECT_TRUE(ListedTitles().empty());
    m_chooser->next = m_dir / "library";
    Command(kIdOpenLibrary);
    EXPECT_TRUE(TakeErrors().empty());
    EXPECT_EQ(ListedTitles(), std::vector<std::string>{"ADSL sin servicio"});
    // The next start opens the library chosen last.
    EXPECT_EQ(ToUtf8(wxConfigBase::Get()->Read("/Session/Library", "")), (m_dir / "library").string());
}

} // namespace
} // namespace reclama::gui::test
