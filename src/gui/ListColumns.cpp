// Measured column widths.
#include "ListColumns.h"

#include <wx/clntdata.h>
#include <wx/listctrl.h>

#include <algorithm>
#include <vector>

namespace reclama::gui {

namespace {

// What the resize and hover handlers need, kept on the list itself.
struct ColumnData : wxClientData {
    int stretch = 0;
    std::vector<int> measured; // width each column's text needs
    std::vector<int> giveWay;  // columns hidden first when the list is narrow
    long hovered = -1;         // the row whose cut text the tooltip shows
};

int Padding(const wxListCtrl* list) { return list->FromDIP(18); }

wxString HeaderOf(wxListCtrl* list, int col) {
    wxListItem header;
    header.SetMask(wxLIST_MASK_TEXT);
    list->GetColumn(col, header);
    return header.GetText();
}

// The generic list control (GTK) draws its rows in a child window, the tallest one (the other
// is the header), and that child gets the mouse; a native one gets it itself.
wxWindow* RowsWindow(wxListCtrl* list) {
    wxWindow* rows = list;
    for (wxWindow* child : list->GetChildren())
        if (rows == list || child->GetSize().y > rows->GetSize().y) rows = child;
    return rows;
}

void ShowCutTextOnHover(wxListCtrl* list) {
    wxWindow* rows = RowsWindow(list);
    rows->Bind(wxEVT_MOTION, [list, rows](wxMouseEvent& e) {
        e.Skip();
        auto* data = static_cast<ColumnData*>(list->GetClientObject());
        if (!data) return;
        int flags = 0;
        const long row = list->HitTest(e.GetPosition(), flags); // in the rows' own coordinates
        if (row == data->hovered) return;
        data->hovered = row;
        const wxString text = row >= 0 ? CutText(list, row) : wxString();
        if (text.empty())
            rows->UnsetToolTip();
        else
            rows->SetToolTip(text);
    });
    rows->Bind(wxEVT_LEAVE_WINDOW, [list](wxMouseEvent& e) {
        e.Skip();
        if (auto* data = static_cast<ColumnData*>(list->GetClientObject())) data->hovered = -1;
    });
}

// Gives every column its measured width when there is room. When there is not, the columns
// that may give way are hidden, in their order, until the rest fit whole beside a stretching
// column of at least a quarter of the list: a column is shown whole or not at all, never as a
// sliver, and the hover tooltip has the text of those hidden.
void Allocate(wxListCtrl* list, const ColumnData& data) {
    const int columns = static_cast<int>(data.measured.size());
    if (columns == 0 || data.stretch >= columns) return;
    // Room for a vertical scroll bar, so that no horizontal one appears.
    const int client = list->GetClientSize().x - list->FromDIP(20);
    if (client <= 0) return;
    const int wanted = data.measured[data.stretch];
    const int minStretch = std::min(wanted, std::max(list->FromDIP(120), client / 4));
    int needed = minStretch;
    for (int col = 0; col < columns; ++col)
        if (col != data.stretch) needed += data.measured[col];
    std::vector<bool> hidden(static_cast<std::size_t>(columns), false);
    for (int col : data.giveWay) {
        if (needed <= client) break;
        if (col < 0 || col >= columns || col == data.stretch) continue;
        hidden[static_cast<std::size_t>(col)] = true;
        needed -= data.measured[col];
    }
    int used = 0;
    for (int col = 0; col < columns; ++col) {
        if (col == data.stretch) continue;
        const int width = hidden[static_cast<std::size_t>(col)] ? 0 : data.measured[col];
        list->SetColumnWidth(col, width);
        used += width;
    }
    // What is left; on a list too narrow even for the whole columns, a sliver and a scroll bar.
    list->SetColumnWidth(data.stretch, std::max(client - used, std::min(minStretch, list->FromDIP(80))));
}

} // namespace

void FitColumns(wxListCtrl* list, int stretch, std::vector<int> giveWay, int iconColumn,
                int sampleRows) {
    auto* data = static_cast<ColumnData*>(list->GetClientObject());
    if (!data) {
        data = new ColumnData;
        list->SetClientObject(data); // owned by the list
        ShowCutTextOnHover(list);
        list->Bind(wxEVT_SIZE, [list](wxSizeEvent& e) {
            e.Skip();
            list->CallAfter([list] {
                if (const auto* d = static_cast<ColumnData*>(list->GetClientObject())) Allocate(list, *d);
            });
        });
    }
    const int columns = list->GetColumnCount();
    const int pad = Padding(list);
    const int rows = std::min(list->GetItemCount(), sampleRows);
    data->stretch = stretch;
    data->giveWay = std::move(giveWay);
    data->measured.assign(static_cast<std::size_t>(columns), 0);
    for (int col = 0; col < columns; ++col) {
        int width = list->GetTextExtent(HeaderOf(list, col)).x + pad;
        for (int row = 0; row < rows; ++row)
            width = std::max(width, list->GetTextExtent(list->GetItemText(row, col)).x + pad);
        if (col == iconColumn) width += list->FromDIP(22);
        data->measured[static_cast<std::size_t>(col)] = width;
    }
    Allocate(list, *data);
}

wxString CutText(wxListCtrl* list, long row) {
    if (row < 0 || row >= list->GetItemCount()) return {};
    std::vector<std::pair<wxString, wxString>> cut;
    for (int col = 0; col < list->GetColumnCount(); ++col) {
        const wxString text = list->GetItemText(row, col);
        if (!text.empty() && list->GetTextExtent(text).x + Padding(list) > list->GetColumnWidth(col))
            cut.emplace_back(HeaderOf(list, col), text);
    }
    if (cut.size() == 1) return cut[0].second;
    wxString lines;
    for (const auto& [header, text] : cut) lines += (lines.empty() ? "" : "\n") + header + ": " + text;
    return lines;
}

void SelectRow(wxListCtrl* list, long row) {
    list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list->EnsureVisible(row);
}

} // namespace reclama::gui
