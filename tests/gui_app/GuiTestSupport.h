#pragma once
// What the GUI tests share: a PaneHost that records what the panes ask for, event pumping, and
// switching the interface language.

#include "gui/PaneHost.h"

#include <wx/string.h>

#include <filesystem>
#include <string>
#include <vector>

namespace reclama::gui::test {

class RecordingHost : public PaneHost {
public:
    std::vector<core::RecordRef> edited, historyShown, deleted;
    std::vector<core::Promise> savedPromises;
    std::vector<core::Case> savedHeaders;
    std::vector<std::vector<std::filesystem::path>> attached;
    std::vector<core::RecordId> opened;
    int choseFiles = 0;

    void EditRecord(core::RecordRef r) override { edited.push_back(r); }
    void ShowHistory(core::RecordRef r) override { historyShown.push_back(r); }
    void DeleteRecord(core::RecordRef r) override { deleted.push_back(r); }
    void SavePromise(const core::Promise& p) override { savedPromises.push_back(p); }
    void SaveCaseHeader(const core::Case& c) override { savedHeaders.push_back(c); }
    void AttachFiles(const std::vector<std::filesystem::path>& files,
                     std::optional<core::RecordRef>) override {
        attached.push_back(files);
    }
    void ChooseFilesToAttach() override { ++choseFiles; }
    void OpenDocument(core::RecordId id) override { opened.push_back(id); }
    std::optional<std::filesystem::path> DocumentFile(const core::Document&) override {
        return std::nullopt;
    }
};

// Lets pending events run (sizing, painting, timers).
void Pump(int milliseconds = 50);

// Installs the catalogs of `language` ("es", "en").
void UseLanguage(const std::string& language);

// Errors the app reported through ShowError since the last call (and clears them).
std::vector<wxString> TakeErrors();
// Yes/no questions the app asked (AskYesNo), and the notices it showed (ShowInfo, "title\nmessage"),
// since the last call; questions are answered with `yes` (true unless a test says otherwise).
std::vector<wxString> TakeQuestions();
std::vector<wxString> TakeNotices();
void AnswerQuestionsWith(bool yes);

// Folder for screenshots: <build>/gui-screenshots.
std::filesystem::path ScreenshotDir();

} // namespace reclama::gui::test
