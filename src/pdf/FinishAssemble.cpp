#include "FinishAssemble.h"

#include "core/Error.h"

#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

namespace reclama::pdf {
namespace fs = std::filesystem;

namespace {

constexpr double kMm = 72.0 / 25.4;
// Where an imported page may go on its placeholder: inside the dossier's margins (25 mm on the
// binding side), below the exhibit stamp and above the footer line that the drawing stage put
// just inside the top and bottom margins.
constexpr double kLeft = 25 * kMm;
constexpr double kRight = 20 * kMm;
constexpr double kTop = 20 * kMm + 2;
constexpr double kBottom = 20 * kMm + 14;

// Exhibit pages bring their own per-object metadata (XMP streams, application data); none of it
// is wanted in a dossier, and it may hold the author's names or local paths. `seen` lists the
// objects already cleaned: pages of one exhibit share fonts and images, walked once.
void StripMetadata(QPDFObjectHandle root, std::set<QPDFObjGen>& seen) {
    std::vector<QPDFObjectHandle> todo{root};
    while (!todo.empty()) {
        QPDFObjectHandle h = todo.back();
        todo.pop_back();
        if (h.isIndirect() && !seen.insert(h.getObjGen()).second)
            continue;
        if (h.isStream() || h.isDictionary()) {
            QPDFObjectHandle dict = h.isStream() ? h.getDict() : h;
            dict.removeKey("/Metadata");
            dict.removeKey("/PieceInfo");
            for (auto& item : dict.ditems())
                todo.push_back(item.second);
        } else if (h.isArray()) {
            for (auto& item : h.aitems())
                todo.push_back(item);
        }
    }
}

// The page's own resource dictionary (never one shared with other pages), with an /XObject
// subdictionary of its own, so a name added here lands on this page only.
QPDFObjectHandle OwnXObjects(QPDFPageObjectHelper& page) {
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary())
        resources = QPDFObjectHandle::newDictionary();
    else if (resources.isIndirect())
        resources = resources.shallowCopy();
    page.getObjectHandle().replaceKey("/Resources", resources);
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    return resources;
}

// The page's content as a form XObject. When the page has one content stream of its own, that
// stream becomes the form: the writer then copies its compressed bytes as they are, where qpdf's
// getFormXObjectForPage would decode and compress every page again (most of the finishing time
// on a big dossier). Exhibits are opened read-only and never written, so changing the stream's
// dictionary here touches no file.
QPDFObjectHandle FormForPage(QPDFPageObjectHelper& page, std::set<QPDFObjGen>& reused) {
    QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
    if (contents.isArray() && contents.getArrayNItems() == 1)
        contents = contents.getArrayItem(0);
    if (!contents.isStream() || !contents.isIndirect() || !reused.insert(contents.getObjGen()).second)
        return page.getFormXObjectForPage(); // several streams, or one shared with another page
    QPDFObjectHandle bbox = page.getTrimBox(false).shallowCopy();
    if (!bbox.isRectangle())
        return page.getFormXObjectForPage();
    QPDFObjectHandle dict = contents.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    dict.replaceKey("/Resources", page.getAttribute("/Resources", false).shallowCopy());
    dict.replaceKey("/Group", page.getAttribute("/Group", false).shallowCopy());
    dict.replaceKey("/BBox", bbox);
    if (!page.getAttribute("/Rotate", false).isNull() || !page.getAttribute("/UserUnit", false).isNull())
        dict.replaceKey("/Matrix", QPDFObjectHandle::newArray(page.getMatrixForTransformations()));
    return contents;
}

bool IsPlainAction(QPDFObjectHandle action) {
    if (!action.isDictionary())
        return false;
    QPDFObjectHandle s = action.getKey("/S");
    return s.isName() && (s.getName() == "/GoTo" || s.getName() == "/URI") &&
           !action.hasKey("/Next");
}

} // namespace

QPDFObjectHandle ExhibitSources::Page(const fs::path& source, int page) {
    auto key = std::make_pair(source, page);
    if (auto found = m_forms.find(key); found != m_forms.end())
        return found->second;
    auto known = m_sources.find(source);
    if (known == m_sources.end()) {
        std::unique_ptr<OpenExhibit> opened = m_prefetch ? m_prefetch->Take(source) : nullptr;
        if (!opened) opened = std::make_unique<OpenExhibit>(OpenExhibitFile(source, m_pool));
        if (!opened->pdf)
            throw Error("exhibit " + source.filename().string() + " cannot be read: " + opened->problem);
        known = m_sources.emplace(source, std::move(*opened)).first;
    }
    OpenExhibit& src = known->second;
    if (page < 1 || page > static_cast<int>(src.pages.size())) {
        throw Error("exhibit " + source.filename().string() + " has " +
                    std::to_string(src.pages.size()) + " pages; page " + std::to_string(page) +
                    " does not exist");
    }
    QPDFPageObjectHelper foreign(src.pages[static_cast<std::size_t>(page - 1)]);
    QPDFObjectHandle form = m_out.copyForeignObject(FormForPage(foreign, src.reusedContents));
    StripMetadata(form, m_stripped);
    m_forms.emplace(key, form);
    return form;
}

void PlaceExhibitPages(QPDF& out, const RenderPlan& plan, ExhibitSources& sources,
                       const std::function<void(std::size_t)>& step) {
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(out).getAllPages();
    std::set<QPDFObjGen> scaled; // forms whose /Matrix already places them
    const std::string name = std::string("/") + kExhibitPageName;
    for (std::size_t i = 0; i < plan.placements.size(); ++i) {
        const auto& placement = plan.placements[i];
        if (placement.drawnPageIndex < 0 ||
            placement.drawnPageIndex >= static_cast<int>(pages.size())) {
            throw Error("the drawn dossier has no page " +
                        std::to_string(placement.drawnPageIndex + 1) + " for " +
                        placement.source.filename().string());
        }
        QPDFObjectHandle form = sources.Page(placement.source, placement.sourcePage);
        QPDFPageObjectHelper& page = pages[static_cast<std::size_t>(placement.drawnPageIndex)];
        if (scaled.insert(form.getObjGen()).second) {
            // The form's own /Matrix fits it inside the margins (every placeholder has the same
            // size): the placeholder paints it with a bare "Do".
            QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
            QPDFObjectHandle::Rectangle area(box.llx + kLeft, box.lly + kBottom, box.urx - kRight,
                                             box.ury - kTop);
            QPDFMatrix matrix = page.getMatrixForFormXObjectPlacement(form, area, true, true, true);
            QPDFObjectHandle own = form.getDict().getKey("/Matrix");
            if (own.isMatrix())
                matrix.concat(QPDFMatrix(own.getArrayAsMatrix()));
            form.getDict().replaceKey("/Matrix", QPDFObjectHandle::newArray(matrix.getAsMatrix()));
        }
        OwnXObjects(page).getKey("/XObject").replaceKey(name, form);
        if (step)
            step(i + 1);
    }
}

void StripActiveContent(QPDF& out) {
    QPDFObjectHandle root = out.getRoot();
    for (const char* key :
         {"/OpenAction", "/AA", "/AcroForm", "/Metadata", "/PieceInfo", "/Collection", "/Threads",
          "/SpiderInfo", "/Perms", "/Legal", "/Requirements"}) {
        root.removeKey(key);
    }
    QPDFObjectHandle names = root.getKey("/Names");
    if (names.isDictionary()) {
        for (const char* key : {"/JavaScript", "/EmbeddedFiles", "/AlternatePresentations",
                                "/Renditions", "/URLS", "/IDS", "/Templates", "/Pages"}) {
            names.removeKey(key);
        }
    }
    for (auto& page : QPDFPageDocumentHelper(out).getAllPages()) {
        QPDFObjectHandle dict = page.getObjectHandle();
        dict.removeKey("/AA");
        dict.removeKey("/Metadata");
        dict.removeKey("/PieceInfo");
        QPDFObjectHandle annots = dict.getKey("/Annots");
        if (!annots.isArray())
            continue;
        QPDFObjectHandle kept = QPDFObjectHandle::newArray();
        for (auto& a : annots.aitems()) {
            if (!a.isDictionary())
                continue;
            QPDFObjectHandle subtype = a.getKey("/Subtype");
            bool link = subtype.isName() && subtype.getName() == "/Link";
            bool plain =
                link && !a.hasKey("/AA") && (!a.hasKey("/A") || IsPlainAction(a.getKey("/A")));
            if (plain) {
                // PoDoFo stamps each annotation with the clock (/M, optional in PDF): drop it so
                // identical input gives identical bytes.
                a.removeKey("/M");
                kept.appendItem(a);
            }
        }
        if (kept.getArrayNItems() == 0)
            dict.removeKey("/Annots");
        else
            dict.replaceKey("/Annots", kept);
    }
}

} // namespace reclama::pdf
