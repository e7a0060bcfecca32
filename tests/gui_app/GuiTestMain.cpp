// Starts wxWidgets without a main loop, then runs the GoogleTest cases inside it.
#include "GuiTestSupport.h"

#include "gui/ErrorReport.h"
#include "gui/Translations.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/stopwatch.h>
#include <wx/utils.h>

namespace reclama::gui::test {

namespace {
std::vector<wxString>& Errors() {
    static std::vector<wxString> errors;
    return errors;
}
} // namespace

void Pump(int milliseconds) {
    wxStopWatch watch;
    do {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(5);
    } while (watch.Time() < milliseconds);
}

void UseLanguage(const std::string& language) { InstallTranslations(language); }

std::vector<wxString> TakeErrors() {
    auto errors = std::move(Errors());
    Errors().clear();
    return errors;
}

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
    reclama::gui::SetErrorSink(
        [](const wxString& message) { reclama::gui::test::Errors().push_back(message); });
    reclama::gui::test::UseLanguage("en");
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
