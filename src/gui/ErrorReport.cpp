// Error dialogs.
#include "ErrorReport.h"

#include "ErrorDialog.h"
#include "WxText.h"

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

void ShowError(wxWindow* parent, const std::exception& error) {
    ShowError(parent, ToWx(error.what()));
}

void ShowError(wxWindow* parent, const wxString& whatFailed, const std::exception& reason) {
    ShowError(parent, whatFailed + "\n\n" + ToWx(reason.what()));
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
