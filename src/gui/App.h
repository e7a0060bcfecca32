#pragma once
// The application: command line, interface language, configuration, the main window, and the
// one place where an exception that escaped an event handler is shown.

#include <wx/app.h>

#include <optional>
#include <string>

namespace reclama::gui {

class MainFrame;

struct AppOptions {
    std::string library;    // --library DIR
    std::string language;   // --lang es|en
    std::string openCase;   // --open CASE (id or title prefix)
    std::string screenshot; // --screenshot FILE.png: render, save, exit
    std::string pane;       // --pane NAME: timeline, promises, money, documents, details
    std::string size;       // --size WxH
    std::string asOf;       // --as-of YYYY-MM-DD
    std::string importFile; // FILE.reclama given on the command line (opening it from a file manager)
};

class App : public wxApp {
public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

private:
    void TakeScreenshotAndExit();

    AppOptions m_options;
    MainFrame* m_frame = nullptr;
};

// Finds a case by id ("3") or by an unambiguous title prefix (case-insensitive); 0 if none.
class CaseRepository;
long long FindCaseForOpen(CaseRepository& repo, const std::string& which);

} // namespace reclama::gui
