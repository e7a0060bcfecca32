// Times the app over real libraries on disk (store::Library in a temporary folder): start-up to a
// usable window with a 100,000-event case open (goal < 1 s), and opening a 10,000-event case in
// a running window (goal < 300 ms). Prints the figures beside the goals; never run by ctest.
#include "SampleCase.h"

#include "gui/LibraryRepository.h"
#include "gui/MainFrame.h"
#include "store/Library.h"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/init.h>
#include <wx/log.h>
#include <wx/stopwatch.h>

#include <cstdio>
#include <filesystem>

#include <unistd.h>

namespace {

using namespace reclama;
namespace fs = std::filesystem;

double Ms(const wxStopWatch& watch) { return watch.TimeInMicro().ToDouble() / 1000.0; }

// A library with one generated case of `events` contacts (every tenth with a promise).
core::RecordId BuildLibrary(const fs::path& folder, int events) {
    auto library = store::Library::Open(folder);
    wxStopWatch watch;
    const core::RecordId id = library->ImportCase(gui::test::GeneratedCase(events), {});
    std::printf("  (library with %d events written in %.0f ms)\n", events, Ms(watch));
    return id;
}

// From opening the library to a shown, painted window with the case on screen.
double StartUpMs(const fs::path& folder, core::RecordId caseId) {
    wxStopWatch watch;
    auto* frame = new gui::MainFrame(gui::OpenLibraryRepository(folder), "es");
    frame->SetToday(core::Date(2026, 1, 1));
    frame->SelectCase(caseId);
    frame->Show();
    frame->Update();
    wxYield();
    const double ms = Ms(watch);
    frame->Destroy();
    wxYield();
    return ms;
}

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) return 1;
    delete wxLog::SetActiveTarget(new wxLogStderr); // no message boxes from a benchmark
    const fs::path root = fs::temp_directory_path() / ("reclama-gui-bench-" + std::to_string(::getpid()));
    fs::create_directories(root);
    wxConfigBase::Set(new wxFileConfig("reclama", "", (root / "settings.ini").string(), "",
                                       wxCONFIG_USE_LOCAL_FILE));

    const core::RecordId big = BuildLibrary(root / "big", 100000);
    std::printf("start-up with a 100,000-event library to a usable window: %.0f ms (goal < 1000)\n",
                StartUpMs(root / "big", big));

    core::RecordId smallId = 0;
    // A library with a small case and a 10,000-event one; the window shows the small one, then
    // the person picks the big one.
    {
        auto library = store::Library::Open(root / "medium");
        core::Case small = gui::test::SmallCase();
        small.documents.clear(); // no files to store: the bench times records, not attachments
        for (auto& inv : small.invoices) inv.documents.clear();
        for (auto& k : small.contacts) k.documents.clear();
        for (auto& m : small.payments) m.documents.clear();
        smallId = library->ImportCase(small, {});
    }
    const core::RecordId medium = BuildLibrary(root / "medium", 10000);
    {
        wxStopWatch watch;
        auto library = store::Library::Open(root / "medium");
        library->LoadCase(medium);
        std::printf("  (10,000-event case read from the store alone: %.0f ms)\n", Ms(watch));
    }
    auto* frame = new gui::MainFrame(gui::OpenLibraryRepository(root / "medium"), "es");
    frame->SetToday(core::Date(2026, 1, 1));
    frame->Show();
    frame->SelectCase(smallId);
    wxYield();
    wxStopWatch watch;
    frame->SelectCase(medium);
    frame->Update();
    wxYield();
    std::printf("opening a 10,000-event case in the running window: %.0f ms (goal < 300)\n", Ms(watch));
    frame->Destroy();
    wxYield();

    std::error_code ec;
    fs::remove_all(root, ec);
    wxLog::DontCreateOnDemand();
    delete wxLog::SetActiveTarget(nullptr);
    wxEntryCleanup();
    return 0;
}
