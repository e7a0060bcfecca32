// Application start-up.
#include "App.h"

#include "ErrorReport.h"
#include "LibraryRepository.h"
#include "MainFrame.h"
#include "Screenshot.h"
#include "TimelineModel.h"
#include "Translations.h"
#include "WxText.h"
#include "core/Ledger.h"
#include "jobs/LibraryLocation.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/timer.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace reclama::gui {

long long FindCaseForOpen(CaseRepository& repo, const std::string& which) {
    if (which.empty()) return 0;
    const auto rows = repo.ListCases(core::ResolveToday(std::nullopt));
    if (which.find_first_not_of("0123456789") == std::string::npos) {
        const long long id = std::stoll(which);
        for (const auto& r : rows)
            if (r.id == id) return id;
        return 0;
    }
    const std::string prefix = FoldCase(which);
    long long found = 0;
    for (const auto& r : rows)
        if (FoldCase(r.title).rfind(prefix, 0) == 0) {
            if (found) return 0; // ambiguous
            found = r.id;
        }
    return found;
}

void App::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("", "library", "case library folder", wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "lang", "interface language: es or en", wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "open", "case to open: id or title prefix", wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "screenshot", "save the window as PNG and exit", wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "pane", "pane for --screenshot: timeline, promises, money, documents, details",
                     wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "size", "window size WxH", wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "as-of", "today's date for overdue promises, YYYY-MM-DD",
                     wxCMD_LINE_VAL_STRING);
    parser.AddParam("FILE.reclama: case file to import and open", wxCMD_LINE_VAL_STRING,
                    wxCMD_LINE_PARAM_OPTIONAL);
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser) {
    auto get = [&](const char* name, std::string& out) {
        wxString value;
        if (parser.Found(name, &value)) out = ToUtf8(value);
    };
    get("library", m_options.library);
    get("lang", m_options.language);
    get("open", m_options.openCase);
    get("screenshot", m_options.screenshot);
    get("pane", m_options.pane);
    get("size", m_options.size);
    get("as-of", m_options.asOf);
    if (parser.GetParamCount() > 0) m_options.importFile = ToUtf8(parser.GetParam(0));
    if (!m_options.language.empty() && m_options.language != "es" && m_options.language != "en") {
        std::fprintf(stderr, "reclama: --lang must be es or en\n");
        return false;
    }
    if (!m_options.pane.empty() && !PaneFromName(m_options.pane)) {
        std::fprintf(stderr, "reclama: unknown --pane %s\n", m_options.pane.c_str());
        return false;
    }
    return wxApp::OnCmdLineParsed(parser);
}

bool App::OnInit() {
    SetAppName("reclama");
    SetVendorName("Reclama");
    if (!wxApp::OnInit()) return false;
    wxInitAllImageHandlers();
    auto* config = wxConfigBase::Get();
    const std::string language =
        ChooseLanguage(m_options.language, ToUtf8(config->Read("/Interface/Language", "")));
    InstallTranslations(language);

    try {
        // The library chosen last with File > New/Open library, unless one is named.
        std::string library = m_options.library;
        const char* env = std::getenv("RECLAMA_LIBRARY");
        if (library.empty() && (!env || !*env)) {
            const std::string last = ToUtf8(config->Read("/Session/Library", ""));
            std::error_code ec;
            if (!last.empty() && std::filesystem::is_regular_file(
                                     std::filesystem::path(last) / "library.db", ec))
                library = last;
        }
        const auto folder = jobs::ResolveLibraryDir(library);
        m_frame = new MainFrame(OpenLibraryRepository(folder), language, &OpenLibraryRepository);
        if (!m_options.asOf.empty()) m_frame->SetToday(core::ResolveToday(m_options.asOf));
        if (!m_options.size.empty()) {
            int w = 0, h = 0;
            if (std::sscanf(m_options.size.c_str(), "%dx%d", &w, &h) == 2 && w > 0 && h > 0)
                m_frame->SetSize(w, h);
        }
        long long open = FindCaseForOpen(m_frame->Repository(), m_options.openCase);
        if (!open && m_options.openCase.empty())
            open = FindCaseForOpen(m_frame->Repository(),
                                   std::to_string(config->ReadLong("/Session/LastCase", 0)));
        if (!open && !m_options.openCase.empty())
            ShowError(nullptr, wxString::Format(_("No case matches \"%s\"."),
                                                ToWx(m_options.openCase)));
        if (!m_options.importFile.empty()) {
            // A case file opened from the file manager: import it, then show it.
            // A file that cannot be imported is reported; the window still opens.
            if (const auto imported = m_frame->ImportCaseFileAt(m_options.importFile))
                open = imported;
        }
        if (open) m_frame->SelectCase(open);
        if (auto pane = PaneFromName(m_options.pane)) m_frame->ShowPane(*pane);
    } catch (const std::exception& e) {
        ShowError(nullptr, e);
        return false;
    }
    m_frame->Show();
    if (!m_options.screenshot.empty()) {
        // Let the window map and paint before copying it.
        auto* timer = new wxTimer(this);
        Bind(wxEVT_TIMER, [this](wxTimerEvent&) { TakeScreenshotAndExit(); });
        timer->StartOnce(800);
    }
    return true;
}

void App::TakeScreenshotAndExit() {
    wxYield();
    if (!SaveWindowPng(m_frame, ToWx(m_options.screenshot)))
        std::fprintf(stderr, "reclama: could not write %s\n", m_options.screenshot.c_str());
    m_frame->Close(true);
}

bool App::OnExceptionInMainLoop() {
    try {
        throw;
    } catch (const std::exception& e) {
        ShowError(GetTopWindow(), e);
        return true; // the failed action changed nothing; keep working
    }
}

void App::OnUnhandledException() {
    try {
        throw;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "reclama: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "reclama: unknown error\n");
    }
}

} // namespace reclama::gui
