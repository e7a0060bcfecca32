// On a 1024x600 screen (ctest runs these under a second xvfb-run with that screen; on a bigger
// one they are skipped): the main window opens inside the screen at first start, and the export
// dialog fits with its buttons in view. Screenshots go to <build>/gui-screenshots.
#include "LibraryWindow.h"

#include "gui/ExportDialog.h"
#include "gui/MenuIds.h"
#include "gui/Screenshot.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/display.h>

namespace reclama::gui::test {
namespace {

class Netbook : public LibraryWindow, public testing::WithParamInterface<std::string> {
protected:
    std::string Language() const override { return GetParam(); }
    void SetUp() override {
        const wxRect screen = wxDisplay(0u).GetGeometry();
        if (screen.width > 1024 || screen.height > 600)
            GTEST_SKIP() << "needs a 1024x600 screen (ctest's gui_tests_netbook)";
        wxConfigBase::Get()->DeleteGroup("/Window"); // first start: nothing remembered
        LibraryWindow::SetUp();
    }
    void TearDown() override {
        if (m_frame) LibraryWindow::TearDown();
    }
};

void ExpectInside(const wxRect& outer, wxWindow* window, const std::string& what) {
    const wxRect r = window->GetScreenRect();
    EXPECT_TRUE(outer.Contains(r)) << what << " at " << r.x << "," << r.y << " " << r.width << "x"
                                   << r.height << " is not inside " << outer.width << "x"
                                   << outer.height;
}

TEST_P(Netbook, TheWindowAndTheExportDialogFit) {
    const wxRect area = wxDisplay(0u).GetClientArea();
    m_chooser->next = SampleCaseFile("es-adsl-averia");
    Command(kIdImport);
    ASSERT_TRUE(TakeErrors().empty());
    Pump(300);
    ExpectInside(area, m_frame, "the main window");
    EXPECT_EQ(m_frame->GetSize(), area.GetSize()) << "the default 1280x800, shrunk to the screen";
    SaveWindowPng(m_frame, ToWx((ScreenshotDir() / ("netbook-main-" + GetParam() + ".png")).string()));

    Command(kIdExportPdf);
    ExportDialog* dialog = m_frame->ExportWindow();
    ASSERT_NE(dialog, nullptr);
    Pump(300);
    ExpectInside(area, dialog, "the export dialog");
    const wxRect inside = dialog->GetScreenRect();
    for (wxButton* button : {dialog->ExportButton(), dialog->CancelButton(), dialog->OpenPdfButton()}) {
        EXPECT_TRUE(button->IsShownOnScreen());
        ExpectInside(inside, button, ToUtf8(button->GetLabel()));
        EXPECT_GT(button->GetSize().y, 10) << ToUtf8(button->GetLabel()) << " is squashed";
    }
    SaveWindowPng(dialog, ToWx((ScreenshotDir() / ("netbook-export-" + GetParam() + ".png")).string()));
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Netbook, testing::Values("es", "en"));

} // namespace
} // namespace reclama::gui::test
