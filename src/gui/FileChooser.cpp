// File and folder dialogs.
#include "FileChooser.h"

#include "WxText.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>

namespace reclama::gui {

namespace {

class DialogFileChooser : public FileChooser {
public:
    std::optional<std::filesystem::path> OpenFile(wxWindow* parent, const wxString& title,
                                                  const wxString& wildcard) override {
        wxFileDialog dialog(parent, title, wxString(), wxString(), wildcard,
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() != wxID_OK) return std::nullopt;
        return std::filesystem::path(ToUtf8(dialog.GetPath()));
    }

    std::vector<std::filesystem::path> OpenFiles(wxWindow* parent, const wxString& title,
                                                 const wxString& wildcard) override {
        wxFileDialog dialog(parent, title, wxString(), wxString(), wildcard,
                            wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
        std::vector<std::filesystem::path> files;
        if (dialog.ShowModal() != wxID_OK) return files;
        wxArrayString paths;
        dialog.GetPaths(paths);
        for (const auto& p : paths) files.emplace_back(ToUtf8(p));
        return files;
    }

    std::optional<std::filesystem::path> SaveFile(wxWindow* parent, const wxString& title,
                                                  const wxString& defaultName,
                                                  const wxString& wildcard) override {
        wxFileDialog dialog(parent, title, wxString(), defaultName, wildcard,
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() != wxID_OK) return std::nullopt;
        return std::filesystem::path(ToUtf8(dialog.GetPath()));
    }

    std::optional<std::filesystem::path> ChooseFolder(wxWindow* parent, const wxString& title,
                                                      bool mustExist) override {
        wxDirDialog dialog(parent, title, wxString(),
                           wxDD_DEFAULT_STYLE | (mustExist ? wxDD_DIR_MUST_EXIST : 0));
        if (dialog.ShowModal() != wxID_OK) return std::nullopt;
        return std::filesystem::path(ToUtf8(dialog.GetPath()));
    }
};

} // namespace

std::unique_ptr<FileChooser> MakeDialogFileChooser() {
    return std::make_unique<DialogFileChooser>();
}

} // namespace reclama::gui
