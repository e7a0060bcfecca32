#pragma once
// Where the window asks a person for a file or a folder. The real chooser shows the file
// dialogs; GUI tests give the window one that answers with set paths, as file dialogs cannot be
// driven without a person (they run GTK's own modal loop).

#include <wx/string.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class wxWindow;

namespace reclama::gui {

class FileChooser {
public:
    virtual ~FileChooser() = default;
    // Each returns nothing (an empty list) when the person cancels.
    // `wildcard` is a wxFileDialog filter: "Case files (*.reclama)|*.reclama|All files|*".
    virtual std::optional<std::filesystem::path> OpenFile(wxWindow* parent, const wxString& title,
                                                          const wxString& wildcard) = 0;
    virtual std::vector<std::filesystem::path> OpenFiles(wxWindow* parent, const wxString& title,
                                                         const wxString& wildcard) = 0;
    // Asks before overwriting an existing file.
    virtual std::optional<std::filesystem::path> SaveFile(wxWindow* parent, const wxString& title,
                                                          const wxString& defaultName,
                                                          const wxString& wildcard) = 0;
    virtual std::optional<std::filesystem::path> ChooseFolder(wxWindow* parent,
                                                              const wxString& title,
                                                              bool mustExist) = 0;
};

// The chooser that shows wxFileDialog and wxDirDialog.
std::unique_ptr<FileChooser> MakeDialogFileChooser();

} // namespace reclama::gui
