// Screenshots of the main window (at 1280x800 and on a 1024x600 screen), the export dialog
// before and after an export, and the error shown for a case file that cannot be imported, in
// Spanish and English, saved into <build>/gui-screenshots for people to look at. What can be
// measured is checked: every window inside the screen, column headers whole, the error wrapped.
#include "LibraryWindow.h"

#include "gui/ErrorDialog.h"
#include "gui/ExportDialog.h"
#include "gui/MenuIds.h"
#include "gui/Screenshot.h"
#include "gui/TimelinePane.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/display.h>
#include <wx/textctrl.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/stopwatch.h>

#include <set>

namespace reclama::gui::test {
namespace {

namespace fs = std::filesystem;

class WindowScreenshots : public LibraryWindow, public testing::WithParamInterface<std::string> {
protected:
    std::string Language() const override { return GetParam(); }

    void Save(wxWindow* window, const std::string& name) {
        Pump(300);
        const fs::path png = ScreenshotDir() / (name + "-" + GetParam() + ".png");
        ASSERT_TRUE(SaveWindowPng(window, ToWx(png.string()))) << png;
        wxImage image;
        ASSERT_TRUE(image.LoadFile(ToWx(png.string()), wxBITMAP_TYPE_PNG)) << png;
        std::set<unsigned> colours; // one flat colour means nothing was drawn
        for (int y = 0; y < image.GetHeight(); y += 7)
            for (int x = 0; x < image.GetWidth(); x += 7)
                colours.insert((image.GetRed(x, y) << 16) | (image.GetGreen(x, y) << 8) |
                               image.GetBlue(x, y));
        EXPECT_GT(colours.size(), 8u) << png;
        const wxRect screen = wxDisplay(0u).GetClientArea();
        EXPECT_TRUE(screen.Contains(window->GetScreenRect())) << name << " is not inside the screen";
    }
};

// Every column of a list shows its header whole, or is hidden (its cells go to the tooltip).
void ExpectHeadersWhole(wxListCtrl* list, const std::string& what) {
    int shown = 0;
    for (int col = 0; col < list->GetColumnCount(); ++col) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(col, header);
        const int width = list->GetColumnWidth(col);
        if (width == 0) continue;
        ++shown;
        EXPECT_GE(width, list->GetTextExtent(header.GetText()).x + 8)
            << what << ": header \"" << header.GetText().utf8_str() << "\" is cut";
    }
    EXPECT_GE(shown, 2) << what;
}

TEST_P(WindowScreenshots, MainWindowExportDialogAndImportError) {
    m_chooser->next = SampleCaseFile("es-adsl-averia");
    Command(kIdImport);
    ASSERT_TRUE(TakeErrors().empty());
    m_chooser->next = WriteFile("contrato.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages");
    Command(kIdAttach);
    m_frame->ShowPane(PaneId::Timeline);

    m_frame->SetSize(0, 0, 1280, 800);
    Save(m_frame, "main-1280x800");
    ExpectHeadersWhole(m_frame->CaseList(), "case list at 1280x800");
    ExpectHeadersWhole(m_frame->Timeline()->List(), "timeline at 1280x800");
    m_frame->SetSize(0, 0, 1024, 600);
    Save(m_frame, "main-1024x600");
    EXPECT_EQ(m_frame->GetSize(), wxSize(1024, 600));
    ExpectHeadersWhole(m_frame->CaseList(), "case list at 1024x600");
    ExpectHeadersWhole(m_frame->Timeline()->List(), "timeline at 1024x600");

    m_frame->SetSize(0, 0, 1280, 800);
    Command(kIdExportPdf);
    ExportDialog* dialog = m_frame->ExportWindow();
    ASSERT_NE(dialog, nullptr);
    dialog->Move(20, 20);
    ExpectHeadersWhole(dialog->PreflightList(), "pre-flight list");
    ASSERT_GT(dialog->PreflightList()->GetItemCount(), 0);
    dialog->PreflightList()->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    Save(dialog, "dialog-export");
    dialog->OutputCtrl()->ChangeValue(ToWx((m_dir / "dossier.pdf").string()));
    wxCommandEvent click(wxEVT_BUTTON, dialog->ExportButton()->GetId());
    click.SetEventObject(dialog->ExportButton());
    dialog->ExportButton()->GetEventHandler()->ProcessEvent(click);
    wxStopWatch watch;
    while (dialog->IsRunning() && watch.Time() < 120000) Pump(20);
    ASSERT_FALSE(dialog->IsRunning());
    EXPECT_TRUE(dialog->OpenPdfButton()->IsEnabled());
    Save(dialog, "dialog-export-done");
    dialog->Close();
    Pump();

    // The one error dialog, with the message a bad case file gets.
    m_chooser->next = WriteFile("caso-roto.reclama", "not a ZIP file");
    Command(kIdImport);
    const auto errors = TakeErrors();
    ASSERT_EQ(errors.size(), 1u);
    auto* error = new ErrorDialog(m_frame, errors[0]);
    error->Move(40, 40);
    error->Show();
    Save(error, "dialog-import-error");
    EXPECT_LE(error->GetSize().x, error->FromDIP(620)) << "the message should wrap";
    error->Destroy();
    Pump();
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, WindowScreenshots, testing::Values("es", "en"));

} // namespace
} // namespace reclama::gui::test
