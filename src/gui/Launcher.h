#pragma once
// Handing a file to the desktop: open it in its usual program, or show the folder it is in.
// Behind an interface so that tests can check what would be opened without starting a viewer.

#include <filesystem>
#include <memory>

namespace reclama::gui {

class Launcher {
public:
    virtual ~Launcher() = default;
    // False when no program could be started.
    virtual bool OpenFile(const std::filesystem::path& file) = 0;
    virtual bool ShowInFolder(const std::filesystem::path& file) = 0;
};

// The launcher that asks the desktop (xdg-open and friends, through wxWidgets).
std::unique_ptr<Launcher> MakeDesktopLauncher();

} // namespace reclama::gui
