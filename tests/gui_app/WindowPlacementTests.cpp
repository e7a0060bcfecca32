// The main window fits the screen it opens on: remembered geometry from a bigger or unplugged
// monitor is brought inside the display, and a 1024x600 netbook screen is big enough.
#include "GuiTestSupport.h"

#include "gui/LibraryRepository.h"
#include "gui/MainFrame.h"
#include "gui/WindowPlacement.h"

#include <gtest/gtest.h>
#include <wx/config.h>
#include <wx/display.h>

#include <unistd.h>

namespace reclama::gui::test {
namespace {

const wxRect kNetbook(0, 0, 1024, 600);

TEST(WindowPlacement, ShrinksAndMovesARememberedWindowIntoTheArea) {
    // Remembered on a 1920x1080 monitor: the netbook gets all of its screen, no more.
    EXPECT_EQ(FitToArea(wxRect(100, 50, 1920, 1080), kNetbook), kNetbook);
    // Remembered on a second monitor to the right that is gone.
    EXPECT_EQ(FitToArea(wxRect(2100, 200, 900, 500), kNetbook), wxRect(124, 100, 900, 500));
    // Nothing remembered: the default size, shrunk, centred.
    EXPECT_EQ(FitToArea(wxRect(-1, -1, 1280, 800), kNetbook), kNetbook);
    EXPECT_EQ(FitToArea(wxRect(-1, -1, 800, 500), kNetbook), wxRect(112, 50, 800, 500));
    // A panel on top: the usable area starts below it.
    EXPECT_EQ(FitToArea(wxRect(0, 0, 1024, 600), wxRect(0, 27, 1024, 573)), wxRect(0, 27, 1024, 573));
    // A window that already fits stays where it was.
    EXPECT_EQ(FitToArea(wxRect(10, 40, 600, 400), kNetbook), wxRect(10, 40, 600, 400));
}

class MainWindowGeometry : public testing::Test {
protected:
    void TearDown() override {
        if (m_frame) m_frame->Destroy();
        Pump();
        wxConfigBase::Get()->DeleteGroup("/Window");
        std::filesystem::remove_all(m_library);
    }
    void Remember(int x, int y, int width, int height) {
        auto* config = wxConfigBase::Get();
        config->DeleteGroup("/Window");
        if (x >= 0) config->Write("/Window/X", x);
        if (y >= 0) config->Write("/Window/Y", y);
        if (width > 0) config->Write("/Window/Width", width);
        if (height > 0) config->Write("/Window/Height", height);
    }
    MainFrame* Open() {
        m_frame = new MainFrame(OpenLibraryRepository(m_library), "en");
        return m_frame;
    }
    MainFrame* m_frame = nullptr;
    std::filesystem::path m_library = std::filesystem::temp_directory_path() /
                                      ("reclama-gui-geometry-" + std::to_string(::getpid()));
};

TEST_F(MainWindowGeometry, ARememberedWindowBiggerThanTheScreenIsBroughtInside) {
    const wxRect screen = wxDisplay(0u).GetClientArea(); // 1600x1000 under xvfb-run
    Remember(screen.width - 100, screen.height - 80, screen.width + 1400, screen.height + 1000);
    const wxRect placed = Open()->GetRect();
    EXPECT_TRUE(screen.Contains(placed)) << placed.x << "," << placed.y << " " << placed.width
                                         << "x" << placed.height;
    EXPECT_EQ(placed.GetSize(), screen.GetSize());
}

TEST_F(MainWindowGeometry, AtFirstStartTheDefaultSizeIsCentredOnTheScreen) {
    Remember(-1, -1, 0, 0);
    MainFrame* frame = Open();
    const wxRect screen = wxDisplay(0u).GetClientArea();
    const wxRect placed = frame->GetRect();
    EXPECT_TRUE(screen.Contains(placed));
    EXPECT_EQ(placed.GetSize(), frame->FromDIP(wxSize(1280, 800)));
    EXPECT_NEAR(placed.GetLeft() - screen.GetLeft(), screen.GetRight() - placed.GetRight(), 1);
}

TEST_F(MainWindowGeometry, ANetbookScreenIsBigEnough) {
    Remember(-1, -1, 0, 0);
    MainFrame* frame = Open();
    EXPECT_LE(frame->GetMinSize().x, 1024);
    EXPECT_LE(frame->GetMinSize().y, 600 - 30);
    frame->Show();
    frame->SetSize(1024, 600);
    Pump();
    EXPECT_EQ(frame->GetSize(), wxSize(1024, 600));
}

} // namespace
} // namespace reclama::gui::test
