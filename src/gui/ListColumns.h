#pragma once
// Column widths of the report lists measured from what they show (header and the first rows), in
// the current font and language, with one column taking the width that is left.

#include <wx/string.h>

#include <vector>

class wxListCtrl;

namespace reclama::gui {

// Sizes every column to its header and its widest text among the first `sampleRows` rows, then
// gives column `stretch` whatever width is left (kept up to date when the list is resized). When
// the list is too narrow, the `giveWay` columns are hidden, first one first, until the others fit
// whole beside a stretching column of a quarter of the list; columns are never cut to slivers.
// `iconColumn` gets room for its 16 px icon.
// Hovering a row shows, as a tooltip, the full text of its cells that are cut short or hidden.
void FitColumns(wxListCtrl* list, int stretch, std::vector<int> giveWay = {}, int iconColumn = -1,
                int sampleRows = 200);

// The full text of the cells of `row` that do not fit their column: the text itself when one
// cell is cut, "Header: text" lines when several are; empty when everything shows.
wxString CutText(wxListCtrl* list, long row);

// Selects and focuses `row` and scrolls it into view.
void SelectRow(wxListCtrl* list, long row);

} // namespace reclama::gui
