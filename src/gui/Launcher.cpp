// Desktop launcher.
#include "Launcher.h"

#include "WxText.h"

#include <wx/utils.h>

namespace reclama::gui {

namespace {

class DesktopLauncher : public Launcher {
public:
    bool OpenFile(const std::filesystem::path& file) override {
        return wxLaunchDefaultApplication(ToWx(file.string()));
    }
    // File managers differ in how to select one file; opening its folder works everywhere.
    bool ShowInFolder(const std::filesystem::path& file) override {
        return wxLaunchDefaultApplication(ToWx(file.parent_path().string()));
    }
};

} // namespace

std::unique_ptr<Launcher> MakeDesktopLauncher() { return std::make_unique<DesktopLauncher>(); }

} // namespace reclama::gui
