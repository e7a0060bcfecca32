// Documents pane, with drag and drop from the file manager.
#include "DocumentsPane.h"

#include "Labels.h"
#include "ListColumns.h"
#include "WxText.h"
#include "core/Format.h"

#include <wx/button.h>
#include <wx/dnd.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace reclama::gui {

using namespace core;

namespace {
enum Column { kTitle, kKind, kDate, kSize, kSha, kLinked };
constexpr int kThumbnailSize = 200;

class DropFiles : public wxFileDropTarget {
public:
    explicit DropFiles(PaneHost& host) : m_host(host) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
        std::vector<std::filesystem::path> files;
        for (const auto& n : names) files.emplace_back(ToUtf8(n));
        m_host.AttachFiles(files, std::nullopt);
        return true;
    }

private:
    PaneHost& m_host;
};

void AddLinks(std::string& out, RecordKind kind, RecordId id, const std::vector<DocumentLink>& links,
              RecordId document) {
    for (const auto& l : links)
        if (l.document == document) {
            if (!out.empty()) out += ' ';
            out += RecordHandle(kind, id);
            if (l.page) out += " (p. " + std::to_string(*l.page) + ")";
            return;
        }
}
} // namespace

std::string LinkedRecords(const Case& c, RecordId document) {
    std::string out;
    for (const auto& k : c.contacts) AddLinks(out, RecordKind::Contact, k.id, k.documents, document);
    for (const auto& i : c.invoices) AddLinks(out, RecordKind::Invoice, i.id, i.documents, document);
    for (const auto& p : c.payments) AddLinks(out, RecordKind::Payment, p.id, p.documents, document);
    return out;
}

DocumentsPane::DocumentsPane(wxWindow* parent, PaneHost& host) : wxPanel(parent), m_host(host) {
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_list->AppendColumn(_("Title"), wxLIST_FORMAT_LEFT, FromDIP(220));
    m_list->AppendColumn(_("Type"), wxLIST_FORMAT_LEFT, FromDIP(100));
    m_list->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(95));
    m_list->AppendColumn(_("Size"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    m_list->AppendColumn(_("SHA-256"), wxLIST_FORMAT_LEFT, FromDIP(150));
    m_list->AppendColumn(_("Linked to"), wxLIST_FORMAT_LEFT, FromDIP(110));

    m_thumbnail = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap, wxDefaultPosition,
                                     FromDIP(wxSize(kThumbnailSize, kThumbnailSize)));
    m_details = new wxStaticText(this, wxID_ANY, wxString());
    m_details->Wrap(FromDIP(kThumbnailSize));

    auto* attach = new wxButton(this, wxID_ANY, _(L"&Attach files…"));
    auto* open = new wxButton(this, wxID_ANY, _("&Open original"));
    auto* hint = new wxStaticText(this, wxID_ANY, _("Or drop files here from the file manager."));
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* side = new wxBoxSizer(wxVERTICAL);
    side->Add(m_thumbnail, 0, wxBOTTOM, FromDIP(8));
    side->Add(m_details, 1, wxEXPAND);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_list, 1, wxEXPAND);
    top->Add(side, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(attach, 0, wxRIGHT, FromDIP(6));
    buttons->Add(open, 0, wxRIGHT, FromDIP(12));
    buttons->Add(hint, 0, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 1, wxEXPAND);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(sizer);

    SetDropTarget(new DropFiles(m_host));
    m_list->SetDropTarget(new DropFiles(m_host));

    attach->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_host.ChooseFilesToAttach(); });
    auto openSelected = [this] {
        const long item = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (m_case && item >= 0) m_host.OpenDocument(m_case->documents[item].id);
    };
    open->Bind(wxEVT_BUTTON, [openSelected](wxCommandEvent&) { openSelected(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [openSelected](wxListEvent&) { openSelected(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& ev) { ShowPreview(ev.GetIndex()); });
}

void DocumentsPane::ShowCase(const core::Case* c, const ViewContext& view) {
    m_case = c;
    m_view = view;
    m_list->Freeze();
    m_list->DeleteAllItems();
    m_thumbnail->SetBitmap(wxNullBitmap);
    m_details->SetLabel(wxString());
    if (c) {
        long row = 0;
        for (const Document& d : c->documents) {
            m_list->InsertItem(row, ToWx(d.title.empty() ? d.originalName : d.title));
            m_list->SetItem(row, kKind, Label(d.kind));
            if (d.date) m_list->SetItem(row, kDate, ToWx(FormatDate(*d.date, view.locale)));
            m_list->SetItem(row, kSize, wxFileName::GetHumanReadableSize(wxULongLong(d.size)));
            m_list->SetItem(row, kSha, ToWx(d.sha256.substr(0, 16)) + L"\u2026");
            m_list->SetItem(row, kLinked, ToWx(LinkedRecords(*c, d.id)));
            ++row;
        }
    }
    FitColumns(m_list, kTitle, {kSha, kLinked, kSize, kDate});
    m_list->Thaw();
    Layout();
}

bool DocumentsPane::SelectDocument(RecordId id) {
    if (!m_case) return false;
    for (std::size_t row = 0; row < m_case->documents.size(); ++row)
        if (m_case->documents[row].id == id) {
            SelectRow(m_list, static_cast<long>(row));
            return true;
        }
    return false;
}

void DocumentsPane::ShowPreview(long row) {
    if (!m_case || row < 0 || static_cast<std::size_t>(row) >= m_case->documents.size()) return;
    const Document& d = m_case->documents[static_cast<std::size_t>(row)];
    m_details->SetLabel(ToWx(d.originalName) + "\n" + ToWx(d.mediaType) + "\n\nSHA-256\n" +
                        ToWx(d.sha256.substr(0, 32)) + "\n" + ToWx(d.sha256.substr(32)));
    m_details->Wrap(FromDIP(kThumbnailSize));
    wxBitmap thumb;
    if (d.mediaType.rfind("image/", 0) == 0)
        if (auto file = m_host.DocumentFile(d)) {
            wxLogNull quiet; // an unreadable image just gets no thumbnail
            wxImage image;
            if (image.LoadFile(ToWx(file->string()))) {
                const int max = FromDIP(kThumbnailSize);
                const double scale =
                    std::min(1.0, std::min(double(max) / image.GetWidth(), double(max) / image.GetHeight()));
                image.Rescale(std::max(1, int(image.GetWidth() * scale)),
                              std::max(1, int(image.GetHeight() * scale)), wxIMAGE_QUALITY_HIGH);
                thumb = wxBitmap(image);
            }
        }
    m_thumbnail->SetBitmap(thumb);
    Layout();
}

} // namespace reclama::gui
