#include "FinishVolumes.h"

#include <qpdf/QPDFObjectHandle.hh>

#include <algorithm>
#include <set>

namespace reclama::pdf {

namespace {

// What an object adds to a written file besides its stream data: its number, dictionary and
// cross-reference entry, most of it compressed in an object stream.
constexpr std::int64_t kObjectOverhead = 40;

} // namespace

std::vector<PageUnit> PageUnits(const RenderPlan& plan, int pageCount) {
    std::vector<ExhibitPages> exhibits;
    for (const auto& e : plan.exhibits) {
        if (e.firstPage >= 0 && e.lastPage >= e.firstPage && e.lastPage < pageCount)
            exhibits.push_back(e);
    }
    std::sort(exhibits.begin(), exhibits.end(), [](const ExhibitPages& a, const ExhibitPages& b) {
        return a.firstPage < b.firstPage;
    });
    std::vector<PageUnit> units;
    int page = 0;
    for (const auto& e : exhibits) {
        if (e.firstPage < page)
            continue; // overlapping ranges: the first one wins
        for (; page < e.firstPage; ++page)
            units.push_back({page, page, 0});
        units.push_back({e.firstPage, e.lastPage, e.exhibitNumber});
        page = e.lastPage + 1;
    }
    for (; page < pageCount; ++page)
        units.push_back({page, page, 0});
    return units;
}

std::vector<std::vector<ObjectSize>> UnitObjects(QPDF& whole, const std::vector<PageUnit>& units) {
    std::vector<QPDFObjectHandle> pages = whole.getAllPages();
    std::set<QPDFObjGen> pageIds;
    for (auto& p : pages)
        pageIds.insert(p.getObjGen());
    std::vector<std::vector<ObjectSize>> result;
    for (const auto& unit : units) {
        std::set<QPDFObjGen> own, seen;
        for (int i = unit.first; i <= unit.last; ++i)
            own.insert(pages.at(static_cast<std::size_t>(i)).getObjGen());
        std::vector<ObjectSize> objects;
        std::vector<QPDFObjectHandle> todo;
        for (int i = unit.first; i <= unit.last; ++i)
            todo.push_back(pages.at(static_cast<std::size_t>(i)));
        while (!todo.empty()) {
            QPDFObjectHandle h = todo.back();
            todo.pop_back();
            if (h.isIndirect()) {
                QPDFObjGen id = h.getObjGen();
                // Links point at other pages; those pages belong to their own units.
                if (pageIds.count(id) && !own.count(id))
                    continue;
                if (!seen.insert(id).second)
                    continue;
                std::int64_t bytes = kObjectOverhead;
                if (h.isStream()) {
                    QPDFObjectHandle length = h.getDict().getKey("/Length");
                    if (length.isInteger())
                        bytes += length.getIntValue();
                }
                objects.push_back({id, bytes});
            }
            QPDFObjectHandle dict = h.isStream() ? h.getDict() : h;
            if (dict.isDictionary()) {
                for (auto& item : dict.ditems()) {
                    if (item.first != "/Parent" && item.first != "/P")
                        todo.push_back(item.second);
                }
            } else if (dict.isArray()) {
                for (auto& item : dict.aitems())
                    todo.push_back(item);
            }
        }
        result.push_back(std::move(objects));
    }
    return result;
}

std::vector<UnitRange> PackVolumes(const std::vector<std::vector<ObjectSize>>& unitObjects,
                                   std::size_t from, std::int64_t budget) {
    std::vector<UnitRange> volumes;
    std::set<QPDFObjGen> inVolume;
    std::int64_t size = 0;
    UnitRange current{from, from};
    for (std::size_t u = from; u < unitObjects.size(); ++u) {
        std::int64_t added = 0;
        for (const auto& o : unitObjects[u]) {
            if (!inVolume.count(o.id))
                added += o.bytes;
        }
        if (current.end > current.begin && size + added > budget) {
            volumes.push_back(current);
            current = {u, u};
            inVolume.clear();
            size = 0;
            added = 0;
            for (const auto& o : unitObjects[u])
                added += o.bytes;
        }
        for (const auto& o : unitObjects[u])
            inVolume.insert(o.id);
        size += added;
        current.end = u + 1;
    }
    if (current.end > current.begin)
        volumes.push_back(current);
    return volumes;
}

} // namespace reclama::pdf
