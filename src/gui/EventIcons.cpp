// Icons drawn in code (a coloured disc with a symbol from DejaVu Sans): they follow the theme's
// resolution and need no image files next to the executable.
#include "EventIcons.h"

#include <wx/dcmemory.h>
#include <wx/graphics.h>

namespace reclama::gui {

namespace {

struct IconSpec {
    wchar_t glyph;
    wxColour colour;
};

// Channels first (in enum order), then the non-contact event kinds.
const std::vector<IconSpec>& Specs() {
    static const std::vector<IconSpec> specs{
        {L'\u260E', wxColour(0x2e, 0x7d, 0x32)}, // phone
        {L'\u2709', wxColour(0x15, 0x65, 0xc0)}, // email
        {L'\u2026', wxColour(0x00, 0x83, 0x8f)}, // chat
        {L'\u2712', wxColour(0x5d, 0x40, 0x37)}, // letter
        {L'\u2302', wxColour(0x6a, 0x1b, 0x9a)}, // visit
        {L'@', wxColour(0x45, 0x5a, 0x64)},      // web form
        {L'#', wxColour(0xad, 0x14, 0x57)},      // social
        {L'\u2706', wxColour(0x00, 0x69, 0x5c)}, // sms
        {L'\u2022', wxColour(0x75, 0x75, 0x75)}, // other
        {L'\u2691', wxColour(0xe6, 0x51, 0x00)}, // promise due
        {L'\u2261', wxColour(0x28, 0x35, 0x93)}, // invoice
        {L'\u00A4', wxColour(0x38, 0x8e, 0x3c)}, // payment
        {L'\u26A0', wxColour(0xc6, 0x28, 0x28)}, // incident starts
        {L'\u2713', wxColour(0x55, 0x8b, 0x2f)}, // incident ends
        {L'\u270E', wxColour(0x61, 0x61, 0x61)}, // note
    };
    return specs;
}

constexpr int kFirstKindIcon = 9;

wxBitmap DrawIcon(const IconSpec& spec, int size) {
    wxImage image(size, size);
    image.InitAlpha();
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) image.SetAlpha(x, y, 0);
    wxBitmap bitmap(image, 32);
    wxMemoryDC dc(bitmap);
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return bitmap;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    gc->SetBrush(wxBrush(spec.colour));
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->DrawEllipse(0, 0, size - 0.5, size - 0.5);
    wxFont font(wxFontInfo(std::max(6, size * 10 / 16)).Bold().FaceName("DejaVu Sans"));
    gc->SetFont(font, *wxWHITE);
    const wxString text(spec.glyph);
    double w = 0, h = 0;
    gc->GetTextExtent(text, &w, &h);
    gc->DrawText(text, (size - w) / 2.0, (size - h) / 2.0);
    gc.reset();
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}

} // namespace

wxImageList* CreateEventIcons(int size) {
    auto* list = new wxImageList(size, size, true);
    for (const auto& spec : Specs()) list->Add(DrawIcon(spec, size));
    return list;
}

int IconIndex(core::Channel channel) { return static_cast<int>(channel); }

int IconIndex(core::EventKind kind) {
    switch (kind) {
    case core::EventKind::Contact: return IconIndex(core::Channel::Other);
    case core::EventKind::PromiseDue: return kFirstKindIcon;
    case core::EventKind::Invoice: return kFirstKindIcon + 1;
    case core::EventKind::Payment: return kFirstKindIcon + 2;
    case core::EventKind::IncidentStart: return kFirstKindIcon + 3;
    case core::EventKind::IncidentEnd: return kFirstKindIcon + 4;
    case core::EventKind::Note: return kFirstKindIcon + 5;
    }
    return IconIndex(core::Channel::Other);
}

} // namespace reclama::gui
