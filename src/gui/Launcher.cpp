// Desktop launcher.
#include "Launcher.h"

#include "WxText.h"

#include <wx/filename.h>
#include <wx/process.h>
#include <wx/utils.h>

namespace reclama::gui {

namespace {

class DesktopLauncher : public Launcher {
public:
    bool OpenFile(const std::filesystem::path& file) override {
        return wxLaunchDefaultApplication(ToWx(file.string()));
    }
    bool ShowInFolder(const std::filesystem::path& file) override {
#if defined(__WXGTK__)
        // Freedesktop file managers (Files, Dolphin, Thunar, Nemo...) open the folder with the
        // file selected when asked over D-Bus; the short timeout keeps a desktop without one
        // from holding the window. Anywhere else, opening the folder works.
        if (wxFileExists("/usr/bin/dbus-send")) {
            const wxString uri = wxFileName::FileNameToURL(wxFileName(ToWx(file.string())));
            const wxString items = "array:string:" + uri;
            const wchar_t* const argv[] = {L"/usr/bin/dbus-send", L"--session", L"--print-reply",
                                     L"--reply-timeout=2000", L"--dest=org.freedesktop.FileManager1",
                                     L"--type=method_call", L"/org/freedesktop/FileManager1",
                                     L"org.freedesktop.FileManager1.ShowItems", items.wc_str(),
                                     L"string:", nullptr};
            wxProcess quiet; // its reply is not wanted on the terminal
            quiet.Redirect();
            if (wxExecute(argv, wxEXEC_SYNC | wxEXEC_NOEVENTS, &quiet) == 0) return true;
        }
#endif
        return wxLaunchDefaultApplication(ToWx(file.parent_path().string()));
    }
};

} // namespace

std::unique_ptr<Launcher> MakeDesktopLauncher() { return std::make_unique<DesktopLauncher>(); }

} // namespace reclama::gui
