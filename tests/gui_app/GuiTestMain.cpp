// Starts wxWidgets without a main loop, then runs the GoogleTest cases inside it.
#include "GuiTestSupport.h"

#include "gui/ErrorReport.h"
#include "gui/Prompts.h"
#include "gui/Translations.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/stopwatch.h>
#include <wx/timer.h>
#include <wx/utils.h>

namespace reclama::gui::test {

namespace {
std::vector<wxString>& Errors() {
    static std::vector<wxString> errors;
    return errors;
}
std::vector<wxString>& Questions() {
    static std::vector<wxString> questions;
    return questions;
}
std::vector<wxString>& Notices() {
    static std::vector<wxString> notices;
    return notices;
}
bool& Answer() {
    static bool answer = true;
    return answer;
}

template <class T> std::vector<T> Take(std::vector<T>& from) {
    auto taken = std::move(from);
    from.clear();
    return taken;
}
} // namespace

void InstallPromptRecorders() {
    SetErrorSink([](const wxString& message) { Errors().push_back(message); });
    SetPromptSink({[](const wxString& question) {
                       Questions().push_back(question);
                       return Answer();
                   },
                   [](const wxString& title, const wxString& message) {
                       Notices().push_back(title + "\n" + message);
                   }});
}

void AnswerQuestionsWith(bool yes) { Answer() = yes; }
std::vector<wxString> TakeQuestions() { return Take(Questions()); }
std::vector<wxString> TakeNotices() { return Take(Notices()); }

// A modal dialog that nothing answers would hang the run until ctest kills it: end it, and fail
// the test that opened it, naming the dialog.
void StartModalWatchdog() {
    static wxTimer watchdog;
    watchdog.Bind(wxEVT_TIMER, [](wxTimerEvent&) {
        for (wxWindow* window : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) {
                ADD_FAILURE() << "a modal dialog was left waiting for a click: \""
                              << dialog->GetTitle().utf8_str() << "\"";
                dialog->EndModal(wxID_CANCEL);
            }
    });
    watchdog.Start(2000);
}

void Pump(int milliseconds) {
    wxStopWatch watch;
    do {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(5);
    } while (watch.Time() < milliseconds);
}

void UseLanguage(const std::string& language) { InstallTranslations(language); }

std::vector<wxString> TakeErrors() { return Take(Errors()); }

std::filesystem::path ScreenshotDir() {
    auto dir = std::filesystem::current_path() / "gui-screenshots";
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace reclama::gui::test

class TestApp : public wxApp {
public:
    bool OnInit() override { return true; }
};
wxIMPLEMENT_APP_NO_MAIN(TestApp);

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new TestApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) {
        std::fprintf(stderr, "cannot start wxWidgets (is there a display? use xvfb-run)\n");
        return 1;
    }
    wxInitAllImageHandlers();
    // Settings go to a throw-away file, never the user's.
    const auto config = std::filesystem::temp_directory_path() / "reclama-gui-tests.ini";
    wxConfigBase::Set(new wxFileConfig("reclama", "", config.string(), "", wxCONFIG_USE_LOCAL_FILE));
    reclama::gui::test::InstallPromptRecorders();
    reclama::gui::test::StartModalWatchdog();
    reclama::gui::test::UseLanguage("en");
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
