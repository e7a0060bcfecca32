#pragma once
// What a pane asks of the window that owns the library: every edit goes through here, so each
// one is saved at once (one store transaction) and every pane is refreshed afterwards.

#include "core/Model.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace reclama::gui {

class PaneHost {
public:
    virtual ~PaneHost() = default;
    // Opens the editor that fits the record (the quick-entry dialog in edit mode).
    virtual void EditRecord(core::RecordRef record) = 0;
    virtual void ShowHistory(core::RecordRef record) = 0;
    virtual void DeleteRecord(core::RecordRef record) = 0;
    virtual void SavePromise(const core::Promise& promise) = 0;
    virtual void SaveCaseHeader(const core::Case& header) = 0;
    // Files dropped or chosen: stored as evidence, optionally linked to a record.
    virtual void AttachFiles(const std::vector<std::filesystem::path>& files,
                             std::optional<core::RecordRef> linkTo) = 0;
    // Asks the person which files to attach (the window's file chooser), then attaches them.
    virtual void ChooseFilesToAttach() = 0;
    virtual void OpenDocument(core::RecordId document) = 0;
    // Where the stored original of a document is, if the library has it (thumbnails, opening).
    virtual std::optional<std::filesystem::path> DocumentFile(const core::Document& doc) = 0;
};

} // namespace reclama::gui
