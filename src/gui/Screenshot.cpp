// Window screenshots.
#include "Screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace reclama::gui {

bool SaveWindowPng(wxWindow* window, const wxString& file) {
    window->Update();
    const wxRect rect = window->GetScreenRect();
    // ImageMagick's `import` reads the X server's frame buffer as it is now; GTK 3's wxScreenDC
    // can hand back an out-of-date copy. Fall back to it only when `import` is not installed.
    const wxString command = wxString::Format("import -silent -window root -crop %dx%d+%d+%d +repage \"%s\"",
                                              rect.width, rect.height, rect.x, rect.y, file);
    wxArrayString output, errors;
    if (wxExecute(command, output, errors, wxEXEC_SYNC | wxEXEC_NODISABLE) == 0) return true;
    wxBitmap bitmap(rect.width, rect.height, 24);
    {
        wxScreenDC screen;
        wxMemoryDC memory(bitmap);
        memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
    }
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    return bitmap.ConvertToImage().SaveFile(file, wxBITMAP_TYPE_PNG);
}

} // namespace reclama::gui
