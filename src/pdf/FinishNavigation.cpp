#include "FinishNavigation.h"

#include <qpdf/QPDFNameTreeObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <set>

namespace reclama::pdf {

namespace {

// The explicit destination ([page /XYZ ...]) that `dest` names, or a null handle.
QPDFObjectHandle ResolveDest(QPDF& q, QPDFObjectHandle dest) {
    for (int depth = 0; depth < 4; ++depth) {
        if (dest.isArray())
            return dest.getArrayNItems() > 0 ? dest : QPDFObjectHandle::newNull();
        if (dest.isDictionary() && dest.hasKey("/D")) {
            dest = dest.getKey("/D"); // a named destination may be a dictionary holding /D
            continue;
        }
        QPDFObjectHandle root = q.getRoot();
        QPDFObjectHandle found;
        if (dest.isName() && root.getKey("/Dests").isDictionary()) {
            found = root.getKey("/Dests").getKey(dest.getName());
        } else if (dest.isString() && root.getKey("/Names").isDictionary() &&
                   root.getKey("/Names").getKey("/Dests").isDictionary()) {
            QPDFNameTreeObjectHelper tree(root.getKey("/Names").getKey("/Dests"), q);
            if (!tree.findObject(dest.getUTF8Value(), found))
                found = QPDFObjectHandle::newNull();
        }
        if (!found.isInitialized() || found.isNull())
            return QPDFObjectHandle::newNull();
        dest = found;
    }
    return QPDFObjectHandle::newNull();
}

// The destination of a link annotation or bookmark: its /Dest, or the /D of a GoTo action.
QPDFObjectHandle DestOf(QPDF& q, QPDFObjectHandle item) {
    if (item.hasKey("/Dest"))
        return ResolveDest(q, item.getKey("/Dest"));
    QPDFObjectHandle action = item.getKey("/A");
    if (action.isDictionary() && action.getKey("/S").isName() &&
        action.getKey("/S").getName() == "/GoTo") {
        return ResolveDest(q, action.getKey("/D"));
    }
    return QPDFObjectHandle::newNull();
}

bool IsUriAction(QPDFObjectHandle item) {
    QPDFObjectHandle action = item.getKey("/A");
    return action.isDictionary() && action.getKey("/S").isName() &&
           action.getKey("/S").getName() == "/URI";
}

struct Part {
    QPDF& q;
    std::map<QPDFObjGen, int> wholeIndex; // page object -> 0-based index in the whole dossier
    std::set<int> kept;
    const LocatePage& elsewhere;

    // -1: not a page of the dossier.
    int TargetPage(QPDFObjectHandle dest) const {
        if (!dest.isArray())
            return -1;
        QPDFObjectHandle page = dest.getArrayItem(0);
        if (!page.isIndirect())
            return -1;
        auto found = wholeIndex.find(page.getObjGen());
        return found == wholeIndex.end() ? -1 : found->second;
    }
};

QPDFObjectHandle GoToRemote(const PageElsewhere& where) {
    QPDFObjectHandle action = QPDFObjectHandle::newDictionary();
    action.replaceKey("/S", QPDFObjectHandle::newName("/GoToR"));
    action.replaceKey("/F", QPDFObjectHandle::newUnicodeString(where.file));
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(QPDFObjectHandle::newInteger(where.page));
    dest.appendItem(QPDFObjectHandle::newName("/Fit"));
    action.replaceKey("/D", dest);
    return action;
}

// Rewrites the links of a kept page: kept, pointed at the file holding their target, or dropped.
void FixLinks(Part& part, QPDFObjectHandle page) {
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray())
        return;
    QPDFObjectHandle kept = QPDFObjectHandle::newArray();
    for (auto& a : annots.aitems()) {
        if (!a.isDictionary())
            continue;
        if (IsUriAction(a)) {
            kept.appendItem(a);
            continue;
        }
        QPDFObjectHandle dest = DestOf(part.q, a);
        int target = part.TargetPage(dest);
        if (target < 0)
            continue;
        if (part.kept.count(target)) {
            a.removeKey("/A");
            a.replaceKey("/Dest", dest);
            kept.appendItem(a);
        } else if (auto where = part.elsewhere ? part.elsewhere(target) : std::nullopt) {
            a.removeKey("/Dest");
            a.replaceKey("/A", GoToRemote(*where));
            kept.appendItem(a);
        }
    }
    if (kept.getArrayNItems() == 0)
        page.removeKey("/Annots");
    else
        page.replaceKey("/Annots", kept);
}

// Rebuilds the children of `parent` (an outline item or the outline root) keeping the items that
// point inside the part; returns how many items are left below it, at any depth.
int FixOutlineChildren(Part& part, QPDFObjectHandle parent, QPDFObjectHandle* firstDest,
                       int depth) {
    std::vector<QPDFObjectHandle> kept;
    int descendants = 0;
    std::set<QPDFObjGen> seen; // a malformed /Next chain must not loop
    for (QPDFObjectHandle item = parent.getKey("/First"); item.isDictionary();
         item = item.getKey("/Next")) {
        if (item.isIndirect() && !seen.insert(item.getObjGen()).second)
            break;
        QPDFObjectHandle dest = DestOf(part.q, item);
        int target = part.TargetPage(dest);
        QPDFObjectHandle childDest;
        int below = depth < 32 ? FixOutlineChildren(part, item, &childDest, depth + 1) : 0;
        if (target >= 0 && part.kept.count(target)) {
            item.removeKey("/A");
            item.replaceKey("/Dest", dest);
        } else if (below > 0) {
            item.removeKey("/A");
            item.replaceKey("/Dest", childDest);
        } else {
            continue;
        }
        kept.push_back(item);
        descendants += 1 + below;
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
        kept[i].replaceKey("/Parent", parent);
        if (i > 0)
            kept[i].replaceKey("/Prev", kept[i - 1]);
        else
            kept[i].removeKey("/Prev");
        if (i + 1 < kept.size())
            kept[i].replaceKey("/Next", kept[i + 1]);
        else
            kept[i].removeKey("/Next");
    }
    if (kept.empty()) {
        parent.removeKey("/First");
        parent.removeKey("/Last");
        parent.removeKey("/Count");
        return 0;
    }
    parent.replaceKey("/First", kept.front());
    parent.replaceKey("/Last", kept.back());
    bool closed = parent.getKey("/Count").isInteger() && parent.getKey("/Count").getIntValue() < 0;
    parent.replaceKey("/Count", QPDFObjectHandle::newInteger(closed ? -descendants : descendants));
    if (firstDest)
        *firstDest = kept.front().getKey("/Dest");
    return descendants;
}

} // namespace

void KeepPages(QPDF& q, const std::vector<int>& keep, const LocatePage& elsewhere) {
    std::vector<QPDFObjectHandle> all = q.getAllPages();
    Part part{q, {}, {keep.begin(), keep.end()}, elsewhere};
    for (std::size_t i = 0; i < all.size(); ++i)
        part.wholeIndex[all[i].getObjGen()] = static_cast<int>(i);

    q.pushInheritedAttributesToPage();
    QPDFObjectHandle pagesRoot = q.getRoot().getKey("/Pages");
    QPDFObjectHandle kids = QPDFObjectHandle::newArray();
    for (int index : keep) {
        QPDFObjectHandle page = all.at(static_cast<std::size_t>(index));
        page.replaceKey("/Parent", pagesRoot);
        kids.appendItem(page);
    }
    pagesRoot.replaceKey("/Kids", kids);
    pagesRoot.replaceKey("/Count",
                         QPDFObjectHandle::newInteger(static_cast<long long>(keep.size())));

    for (int index : keep)
        FixLinks(part, all.at(static_cast<std::size_t>(index)));
    QPDFObjectHandle outlines = q.getRoot().getKey("/Outlines");
    if (outlines.isDictionary()) {
        if (FixOutlineChildren(part, outlines, nullptr, 0) == 0)
            q.getRoot().removeKey("/Outlines");
    }
    // Every destination kept above is explicit now; the name trees would keep other pages alive.
    QPDFObjectHandle root = q.getRoot();
    root.removeKey("/Dests");
    root.removeKey("/StructTreeRoot");
    root.removeKey("/MarkInfo");
    if (root.getKey("/Names").isDictionary())
        root.getKey("/Names").removeKey("/Dests");
    q.updateAllPagesCache();
}

void StripOutlineActions(QPDF& q) {
    QPDFObjectHandle outlines = q.getRoot().getKey("/Outlines");
    if (!outlines.isDictionary())
        return;
    std::set<QPDFObjGen> seen;
    std::vector<QPDFObjectHandle> todo{outlines};
    while (!todo.empty()) {
        QPDFObjectHandle node = todo.back();
        todo.pop_back();
        for (QPDFObjectHandle item = node.getKey("/First"); item.isDictionary();
             item = item.getKey("/Next")) {
            if (item.isIndirect() && !seen.insert(item.getObjGen()).second)
                break;
            QPDFObjectHandle action = item.getKey("/A");
            if (action.isDictionary()) {
                QPDFObjectHandle s = action.getKey("/S");
                bool goTo = s.isName() && s.getName() == "/GoTo" && !action.hasKey("/Next");
                if (!goTo)
                    item.removeKey("/A"); // the bookmark stays, it just does nothing
            }
            todo.push_back(item);
        }
    }
}

} // namespace reclama::pdf
