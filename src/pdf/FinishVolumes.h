#pragma once
// Planning volumes under a size cap: the dossier's pages grouped into units that must stay
// together (an exhibit with its separator, or one page of the body), each unit's estimated size,
// and consecutive units packed into volumes.

#include "RenderPlan.h"

#include <qpdf/QPDF.hh>

#include <cstdint>
#include <vector>

namespace reclama::pdf {

// Pages `first`..`last` (0-based, inclusive); `exhibit` is the exhibit number, 0 for body pages.
struct PageUnit {
    int first = 0, last = 0;
    int exhibit = 0;
};

// Every page of a `pageCount`-page dossier in exactly one unit, in page order.
std::vector<PageUnit> PageUnits(const RenderPlan& plan, int pageCount);

// An object of the written dossier and its estimated share of the file, in bytes.
struct ObjectSize {
    QPDFObjGen id;
    std::int64_t bytes = 0;
};

// For each unit, the objects its pages need (contents, fonts, images, imported forms): what a
// file holding that unit must contain. Objects shared by several units appear in each.
std::vector<std::vector<ObjectSize>> UnitObjects(QPDF& whole, const std::vector<PageUnit>& units);

// Consecutive units [begin, end) forming one volume.
struct UnitRange {
    std::size_t begin = 0, end = 0;
};

// Packs units `from`.. into volumes whose estimated size (each shared object counted once per
// volume) stays within `budget` bytes; a unit over the budget on its own gets a volume alone.
std::vector<UnitRange> PackVolumes(const std::vector<std::vector<ObjectSize>>& unitObjects,
                                   std::size_t from, std::int64_t budget);

} // namespace reclama::pdf
