// Screenshots of every pane and the "Log a call" dialog, in Spanish and English, saved into
// <build>/gui-screenshots for people to look at (alignment, spacing, truncated labels).
#include "GuiTestSupport.h"
#include "core/Error.h"
#include "gui/ErrorReport.h"
#include "SampleCase.h"

#include "gui/CaseDetailsPane.h"
#include "gui/ContactDialog.h"
#include "gui/DocumentsPane.h"
#include "gui/MoneyPane.h"
#include "gui/PromisesPane.h"
#include "gui/Screenshot.h"
#include "gui/TimelinePane.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/frame.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include <boost/date_time/posix_time/posix_time.hpp>

namespace reclama::gui::test {
namespace {

using namespace core;

// A screenshot that is one flat colour means nothing was drawn.
void ExpectDrawn(const std::filesystem::path& png) {
    wxImage image;
    ASSERT_TRUE(image.LoadFile(ToWx(png.string()), wxBITMAP_TYPE_PNG)) << png;
    std::set<unsigned> colours;
    for (int y = 0; y < image.GetHeight(); y += 7)
        for (int x = 0; x < image.GetWidth(); x += 7)
            colours.insert((image.GetRed(x, y) << 16) | (image.GetGreen(x, y) << 8) |
                           image.GetBlue(x, y));
    EXPECT_GT(colours.size(), 8u) << png;
}

class Screenshots : public testing::TestWithParam<std::string> {};

TEST_P(Screenshots, EveryPane) {
    const std::string lang = GetParam();
    UseLanguage(lang);
    const Case c = SmallCase();
    RecordingHost host;
    const ViewContext view{FormatLocale{lang, "ES"}, SmallCaseToday()};
    auto* frame = new wxFrame(nullptr, wxID_ANY, "Reclama", wxPoint(0, 0), wxSize(1280, 760));
    auto* notebook = new wxNotebook(frame, wxID_ANY);
    auto* timeline = new TimelinePane(notebook, host);
    auto* promises = new PromisesPane(notebook, host);
    auto* money = new MoneyPane(notebook, host);
    auto* documents = new DocumentsPane(notebook, host);
    auto* details = new CaseDetailsPane(notebook, host);
    notebook->AddPage(timeline, _("Timeline"));
    notebook->AddPage(promises, _("Promises"));
    notebook->AddPage(money, _("Money"));
    notebook->AddPage(documents, _("Documents"));
    notebook->AddPage(details, _("Case details"));
    timeline->ShowCase(&c, view);
    promises->ShowCase(&c, view);
    money->ShowCase(&c, view);
    documents->ShowCase(&c, view);
    details->ShowCase(&c, view);
    frame->Show();
    const char* names[] = {"timeline", "promises", "money", "documents", "details"};
    for (int page = 0; page < 5; ++page) {
        notebook->SetSelection(page);
        Pump(250);
        const auto png = ScreenshotDir() / ("pane-" + std::string(names[page]) + "-" + lang + ".png");
        ASSERT_TRUE(SaveWindowPng(frame, ToWx(png.string())));
        ExpectDrawn(png);
    }
    // Nothing typed: the details pane saved nothing.
    EXPECT_TRUE(host.savedHeaders.empty());
    frame->Destroy();
    Pump(10);

    ContactDialog dialog(nullptr, c, Channel::Phone, nullptr,
                         boost::posix_time::time_from_string("2026-02-20 09:30:00"));
    dialog.Move(0, 0);
    dialog.Show();
    Pump(300);
    const auto png = ScreenshotDir() / ("dialog-log-call-" + lang + ".png");
    ASSERT_TRUE(SaveWindowPng(&dialog, ToWx(png.string())));
    ExpectDrawn(png);
    dialog.StopTimer();
    dialog.Destroy();
    UseLanguage("en");
    EXPECT_TRUE(TakeErrors().empty());
}

TEST(Translations, SpanishCatalogIsLoaded) {
    UseLanguage("es");
    EXPECT_EQ(_("Log a call"), ToWx("Registrar llamada"));
    EXPECT_EQ(_("Broken"), ToWx("Incumplida"));
    UseLanguage("en");
    EXPECT_EQ(_("Log a call"), "Log a call");
}

TEST(Translations, ErrorsSayWhatToDoInTheInterfaceLanguage) {
    UseLanguage("es");
    ShowError(nullptr, ToWx("No se pudo importar caso.reclama."),
              InputError("/case/contacts/3/at", "must be a date"));
    ShowError(nullptr, StorageError("the disk is full"));
    auto errors = TakeErrors();
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_TRUE(errors[0].StartsWith(ToWx("No se pudo importar caso.reclama.\nCorrija lo que indica el detalle")))
        << errors[0];
    EXPECT_TRUE(errors[0].EndsWith(ToWx("Detalle: /case/contacts/3/at: must be a date"))) << errors[0];
    EXPECT_TRUE(errors[1].StartsWith(ToWx("Compruebe que queda espacio en el disco"))) << errors[1];
    UseLanguage("en");
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Screenshots, testing::Values("es", "en"));

} // namespace
} // namespace reclama::gui::test
