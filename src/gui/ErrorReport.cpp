// Error dialogs.
#include "ErrorReport.h"

#include "ErrorDialog.h"
#include "WxText.h"
#include "core/Error.h"

namespace reclama::gui {

namespace {
std::function<void(const wxString&)>& Sink() {
    static std::function<void(const wxString&)> sink;
    return sink;
}
} // namespace

void ShowError(wxWindow* parent, const wxString& message) {
    if (Sink()) {
        Sink()(message);
        return;
    }
    ErrorDialog dialog(parent, message);
    dialog.ShowModal();
}

wxString WhatToDo(const std::exception& error) {
    if (dynamic_cast<const InputError*>(&error))
        return _("Correct what the details name and try again.");
    if (dynamic_cast<const NotFoundError*>(&error))
        return _("It may have been deleted or moved: choose it again from the list.");
    if (dynamic_cast<const StorageError*>(&error))
        return _("Check that the disk has free space and that you may write in the library's "
                 "folder, then try again. What was saved before is still there.");
    if (dynamic_cast<const CancelledError*>(&error)) return _("Nothing was changed.");
    return _("Try again. If it happens again, make a backup (File, Backup) and pass on the details "
             "below to whoever helps you with Reclama.");
}

void ShowError(wxWindow* parent, const std::exception& error) {
    // The reason comes from below the window, in English: it goes last, as the details.
    ShowError(parent, WhatToDo(error) + "\n\n" + _("Details:") + " " + ToWx(error.what()));
}

void ShowError(wxWindow* parent, const wxString& whatFailed, const std::exception& reason) {
    ShowError(parent, whatFailed + "\n" + WhatToDo(reason) + "\n\n" + _("Details:") + " " + ToWx(reason.what()));
}

void SetErrorSink(std::function<void(const wxString&)> sink) { Sink() = std::move(sink); }

bool Guarded(wxWindow* parent, const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const std::exception& e) {
        ShowError(parent, e);
        return false;
    }
}

} // namespace reclama::gui
