#pragma once
// Keeping a part of a finished dossier (a volume, the main document, one exhibit): only its pages,
// with the bookmarks that fall inside it and its links either kept, pointed at the file that now
// holds their target page, or dropped.

#include <qpdf/QPDF.hh>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace reclama::pdf {

// A page that went to another file of the same export: its path relative to the file being
// written ('/' separators) and its 0-based index in that file.
struct PageElsewhere {
    std::string file;
    int page = 0;
};

// Locates a page (0-based index in the whole dossier) outside the part being written, or nullopt
// when no file of this export holds it.
using LocatePage = std::function<std::optional<PageElsewhere>(int wholePage)>;

// Reduces `q` (the whole finished dossier) to the pages `keep` (ascending 0-based indices):
// rebuilds the page tree, keeps only the bookmarks whose target is kept (a bookmark whose own
// target is gone but that has kept children points at its first kept child), turns links to pages
// elsewhere into links to that file (GoToR) and drops the others, and drops named destinations
// (every kept one is rewritten as an explicit destination first).
void KeepPages(QPDF& q, const std::vector<int>& keep, const LocatePage& elsewhere);

// Drops bookmarks whose action is anything but going to a page of this file, so a bookmark can
// neither run a script nor open another file.
void StripOutlineActions(QPDF& q);

} // namespace reclama::pdf
