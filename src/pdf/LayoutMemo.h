#pragma once
// What one layout pass measured that the next passes can reuse: the page numbers they print are
// all that changes between passes, so wrapped cells and table column widths come out the same.
// DrawDossier keeps one for all its passes.

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace reclama::pdf {

struct LayoutMemo {
    // Wrap(text, width, style, size) by a key made of all four.
    std::unordered_map<std::string, std::vector<std::string>> wraps;
    // Column widths of a table whose columns and rows never change between passes, by the
    // address of its rows in the (unchanging) document.
    std::map<const void*, std::vector<double>> tableWidths;
};

} // namespace reclama::pdf
