#pragma once
// Column widths of the report lists measured from what they show (header and the first rows), in
// the current font and language, with one column taking the width that is left.

class wxListCtrl;

namespace reclama::gui {

// Sizes every column to its header and its widest text among the first `sampleRows` rows, then
// gives column `stretch` whatever width is left (kept up to date when the list is resized); when
// the list is too narrow the widest other columns shrink so that `stretch` keeps a third of it.
// `iconColumn` gets room for its 16 px icon.
void FitColumns(wxListCtrl* list, int stretch, int iconColumn = -1, int sampleRows = 200);

} // namespace reclama::gui
