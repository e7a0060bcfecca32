#pragma once
// The main window over a real case library in a temporary folder, with the seams a person
// would answer (file dialogs, the desktop launcher) replaced by fakes the test controls, and
// menu commands sent as the menu would send them.

#include "GuiTestSupport.h"

#include "gui/FileChooser.h"
#include "gui/Launcher.h"
#include "gui/MainFrame.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::gui::test {

// Answers every file or folder question with the path set in `next` (then forgets it, so an
// unexpected second question gets "cancel"), and records each question's title.
class FakeChooser : public FileChooser {
public:
    std::optional<std::filesystem::path> next;
    std::vector<wxString> asked;

    std::optional<std::filesystem::path> OpenFile(wxWindow*, const wxString& title,
                                                  const wxString&) override {
        return Answer(title);
    }
    std::vector<std::filesystem::path> OpenFiles(wxWindow*, const wxString& title,
                                                 const wxString&) override {
        auto answer = Answer(title);
        return answer ? std::vector<std::filesystem::path>{*answer}
                      : std::vector<std::filesystem::path>{};
    }
    std::optional<std::filesystem::path> SaveFile(wxWindow*, const wxString& title,
                                                  const wxString&, const wxString&) override {
        return Answer(title);
    }
    std::optional<std::filesystem::path> ChooseFolder(wxWindow*, const wxString& title,
                                                      bool) override {
        return Answer(title);
    }

private:
    std::optional<std::filesystem::path> Answer(const wxString& title) {
        asked.push_back(title);
        auto answer = next;
        next.reset();
        return answer;
    }
};

// Records what would have been opened.
class FakeLauncher : public Launcher {
public:
    std::vector<std::filesystem::path> opened, shownInFolder;
    bool OpenFile(const std::filesystem::path& file) override {
        opened.push_back(file);
        return true;
    }
    bool ShowInFolder(const std::filesystem::path& file) override {
        shownInFolder.push_back(file);
        return true;
    }
};

class LibraryWindow : public testing::Test {
protected:
    // The interface language the window is built in.
    virtual std::string Language() const { return "en"; }
    void SetUp() override;
    void TearDown() override;

    // Sends a menu command to the window, as choosing it in the menu bar does.
    void Command(int id);
    core::RecordId CreateCase();
    core::RecordId LogCallWithPromise();
    std::filesystem::path WriteFile(const std::string& name, const std::string& text);
    // The cases listed in the window, by title.
    std::vector<std::string> ListedTitles() const;

    std::filesystem::path m_dir;
    MainFrame* m_frame = nullptr;
    FakeChooser* m_chooser = nullptr;   // owned by the frame
    FakeLauncher* m_launcher = nullptr; // owned by the frame
};

// The sample cases shipped for tests (tests/data/samples/NAME/case.json).
std::filesystem::path SampleCaseFile(const std::string& name);

} // namespace reclama::gui::test
