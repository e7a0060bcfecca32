// The library window fixture.
#include "LibraryWindow.h"

#include "gui/LibraryRepository.h"
#include "gui/WxText.h"

#include <wx/config.h>
#include <wx/listctrl.h>

#include <algorithm>
#include <fstream>
#include <unistd.h>

namespace reclama::gui::test {

using namespace core;
namespace fs = std::filesystem;

fs::path SampleCaseFile(const std::string& name) {
    return fs::path(RECLAMA_TEST_DATA) / "samples" / name / "case.json";
}

void LibraryWindow::SetUp() {
    UseLanguage(Language());
    std::string test = testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(test.begin(), test.end(), '/', '-'); // parameterised tests: "Name/0"
    m_dir = fs::temp_directory_path() /
            ("reclama-gui-library-" + std::to_string(::getpid()) + "-" + test);
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    m_frame = new MainFrame(OpenLibraryRepository(m_dir / "library"), Language(),
                            &OpenLibraryRepository);
    auto chooser = std::make_unique<FakeChooser>();
    m_chooser = chooser.get();
    m_frame->SetFileChooser(std::move(chooser));
    auto launcher = std::make_unique<FakeLauncher>();
    m_launcher = launcher.get();
    m_frame->SetLauncher(std::move(launcher));
    m_frame->SetToday(Date(2026, 2, 20));
    m_frame->Show();
    Pump();
}

void LibraryWindow::TearDown() {
    m_frame->Destroy();
    Pump();
    fs::remove_all(m_dir);
    TakeErrors();
    TakeQuestions();
    TakeNotices();
    AnswerQuestionsWith(true);
    UseLanguage("en");
    wxConfigBase::Get()->DeleteEntry("/Interface/Language"); // a language test that stopped midway
}

void LibraryWindow::Command(int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(m_frame);
    m_frame->GetEventHandler()->ProcessEvent(event);
    Pump();
}

RecordId LibraryWindow::CreateCase() {
    Case header;
    header.title = "ADSL sin servicio";
    header.claimant.name = "Lucía Martín";
    header.company.name = "Telefónica de España";
    header.summary = "La línea no funciona desde el 8 de enero.";
    header.remedy = "Reparación y abono de los días sin servicio.";
    const RecordId id = m_frame->Repository().CreateCase(header);
    m_frame->ReloadCaseList();
    m_frame->SelectCase(id);
    Pump();
    return id;
}

RecordId LibraryWindow::LogCallWithPromise() {
    Contact call;
    call.at = ParseEventTime("2026-02-16T10:30", "Europe/Madrid");
    call.agent = "Marta";
    call.summary = "Third call: the line still has no service";
    Promise promise;
    promise.by = "Marta";
    promise.text = "A technician will come on Thursday";
    promise.due = Date(2026, 2, 19);
    return m_frame->SaveNewContact(call, promise);
}

fs::path LibraryWindow::WriteFile(const std::string& name, const std::string& text) {
    const fs::path file = m_dir / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

std::vector<std::string> LibraryWindow::ListedTitles() const {
    std::vector<std::string> titles;
    for (long i = 0; i < m_frame->CaseList()->GetItemCount(); ++i)
        titles.push_back(ToUtf8(m_frame->CaseList()->GetItemText(i, 0)));
    return titles;
}

} // namespace reclama::gui::test
