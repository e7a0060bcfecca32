// Measured column widths.
#include "ListColumns.h"

#include <wx/clntdata.h>
#include <wx/listctrl.h>

#include <algorithm>
#include <vector>

namespace reclama::gui {

namespace {

// What the resize handler needs, kept on the list itself.
struct ColumnData : wxClientData {
    int stretch = 0;
    std::vector<int> measured; // width each column's text needs
};

// Gives every column its measured width when there is room; when there is not, the stretching
// column keeps at least a third of the list and the widest other columns shrink.
void Allocate(wxListCtrl* list, const ColumnData& data) {
    const int columns = static_cast<int>(data.measured.size());
    if (columns == 0 || data.stretch >= columns) return;
    // Room for a vertical scroll bar, so that no horizontal one appears.
    const int client = list->GetClientSize().x - list->FromDIP(20);
    if (client <= 0) return;
    int others = 0;
    for (int col = 0; col < columns; ++col)
        if (col != data.stretch) others += data.measured[col];
    const int wanted = data.measured[data.stretch];
    const int minStretch = std::min(wanted, std::max(list->FromDIP(140), client / 3));
    // When the others do not fit, the widest of them give way first (one common cap), so short
    // columns such as dates and amounts stay whole.
    int cap = 1 << 20;
    const int room = std::max(0, client - minStretch);
    if (others > room) {
        int lo = list->FromDIP(40), hi = 0;
        for (int col = 0; col < columns; ++col)
            if (col != data.stretch) hi = std::max(hi, data.measured[col]);
        while (lo < hi) { // the largest cap whose columns fit in the room
            const int mid = (lo + hi + 1) / 2;
            int sum = 0;
            for (int col = 0; col < columns; ++col)
                if (col != data.stretch) sum += std::min(data.measured[col], mid);
            if (sum <= room) lo = mid; else hi = mid - 1;
        }
        cap = lo;
    }
    int used = 0;
    for (int col = 0; col < columns; ++col) {
        if (col == data.stretch) continue;
        const int width = std::min(data.measured[col], cap);
        list->SetColumnWidth(col, width);
        used += width;
    }
    list->SetColumnWidth(data.stretch, std::max(minStretch, client - used));
}

} // namespace

void FitColumns(wxListCtrl* list, int stretch, int iconColumn, int sampleRows) {
    auto* data = static_cast<ColumnData*>(list->GetClientObject());
    if (!data) {
        data = new ColumnData;
        list->SetClientObject(data); // owned by the list
        list->Bind(wxEVT_SIZE, [list](wxSizeEvent& e) {
            e.Skip();
            list->CallAfter([list] {
                if (const auto* d = static_cast<ColumnData*>(list->GetClientObject())) Allocate(list, *d);
            });
        });
    }
    const int columns = list->GetColumnCount();
    const int pad = list->FromDIP(18);
    const int rows = std::min(list->GetItemCount(), sampleRows);
    data->stretch = stretch;
    data->measured.assign(static_cast<std::size_t>(columns), 0);
    for (int col = 0; col < columns; ++col) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(col, header);
        int width = list->GetTextExtent(header.GetText()).x + pad;
        for (int row = 0; row < rows; ++row)
            width = std::max(width, list->GetTextExtent(list->GetItemText(row, col)).x + pad);
        if (col == iconColumn) width += list->FromDIP(22);
        data->measured[static_cast<std::size_t>(col)] = width;
    }
    Allocate(list, *data);
}

} // namespace reclama::gui
