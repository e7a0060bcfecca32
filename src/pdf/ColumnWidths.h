#pragma once
// How wide each column of a table is: the document's weights share the width out, then every
// column is widened to hold its longest word (so "Importe", "electrónico" or "(UTC-03:00)" are
// never cut in two) and no column is wider than its longest text, the room taken or given back by
// the others in proportion to their weights. Pure: the caller measures the text.

#include <vector>

namespace reclama::pdf {

struct ColumnNeeds {
    double weight = 1;   // share of the width, as set by the document
    double longestWord = 0; // width of the widest word of the column (header included), padding included
    double longestText = 0; // width of the widest unwrapped cell, padding included
};

// Widths summing to `total`. A word wider than `maxWordShare` of the table (a SHA-256, a URL)
// may still be cut: honouring it would squeeze every other column.
std::vector<double> ColumnWidths(const std::vector<ColumnNeeds>& columns, double total, double maxWordShare = 0.35);

} // namespace reclama::pdf
