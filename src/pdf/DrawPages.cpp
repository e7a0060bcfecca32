#include "DrawPages.h"

#include "core/Error.h"

namespace reclama::pdf {
using namespace PoDoFo;
using dossier::DossierDocument;

namespace {
constexpr double kMm = 72.0 / 25.4;
constexpr Color kFooterGrey{0.35, 0.35, 0.35};
constexpr Color kRuleGrey{0.8, 0.8, 0.8};
} // namespace

std::string FillTemplate(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [from, to] : values) {
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
            text.replace(at, from.size(), to);
        }
    }
    return text;
}

PageDrawer::PageDrawer(const DossierDocument& d, const PageAnchors& anchors, const DrawOptions& options, int pass,
                       Mode mode, LayoutMemo* memo)
    : m_d(d), m_anchors(anchors), m_options(options), m_pass(pass), m_mode(mode), m_memo(memo),
      m_doc(std::make_unique<PdfMemDocument>()),
      m_canvas(std::make_unique<DrawCanvas>(*m_doc, options.fontDir)) {
    bool a4 = d.pageSize == dossier::PageSize::A4;
    m_width = a4 ? 595.28 : 612;
    m_height = a4 ? 841.89 : 792;
    m_left = 25 * kMm;
    m_right = m_width - 20 * kMm;
    m_top = m_height - 20 * kMm;
    m_bottom = 20 * kMm;
    m_canvas->SetMeasureOnly(mode == Mode::Measure);
    m_canvas->SetMemo(memo);
    if (d.bates) m_batesNext = d.bates->start;
    FindBatesRanges();
}

void PageDrawer::Layout() {
    std::size_t items = m_d.sections.size() + m_d.exhibits.size(), done = 0;
    for (const auto& section : m_d.sections) {
        Progress(static_cast<double>(done++) / std::max<std::size_t>(items, 1), "laying out the sections");
        DrawSection(section);
    }
    for (const auto& exhibit : m_d.exhibits) {
        Progress(static_cast<double>(done++) / std::max<std::size_t>(items, 1), "laying out the documents");
        DrawExhibit(exhibit);
    }
    if (m_pageIndex < 0) NewPage(); // a PDF needs a page
    EndPage();
    m_found.totalPages = m_pageCount;
    if (m_mode == Mode::Measure) return;
    std::vector<PdfObject*> objects;
    for (const auto& page : m_pages) objects.push_back(page->GetObject());
    m_doc->GetPagesTree()->InsertPages(ePdfPageInsertionPoint_InsertBeforeFirstPage, objects);
}

void PageDrawer::Progress(double within, const std::string& message) {
    CheckCancel();
    // Two measuring passes and one drawing pass is the usual case; a fourth is rare, so it may
    // hold at 95 %. Measuring is quick: give the drawing pass half of the bar.
    double done = m_mode == Mode::Draw ? 0.45 + 0.5 * within : (m_pass + within) * 0.2;
    if (m_options.progress) m_options.progress(std::min(0.95, done), message);
}

void PageDrawer::CheckCancel() {
    if (m_options.cancel && m_options.cancel->load()) throw CancelledError();
}

void PageDrawer::NewPage() {
    EndPage();
    m_pageIndex = m_pageCount++;
    if (m_mode == Mode::Draw) {
        m_pages.push_back(std::make_unique<PdfPage>(PdfRect(0, 0, m_width, m_height), m_doc.get()));
        m_canvas->Begin(m_pages.back().get());
    } else {
        m_canvas->Begin(nullptr);
    }
    m_y = m_top;
    if (m_pageIndex % 64 == 0) CheckCancel();
}

void PageDrawer::EndPage() {
    if (!m_canvas->IsOpen()) return;
    if (m_stamp) {
        DrawStamp(*m_stamp);
        ++m_stamp->page;
        ++m_batesNext;
    }
    DrawFooter();
    m_canvas->End();
}

void PageDrawer::Ensure(double height) {
    if (m_pageIndex < 0 || m_y - height < m_bottom) NewPage();
}

void PageDrawer::DrawFooter() {
    // M comes from the previous pass; the passes repeat until it no longer changes.
    std::string total = m_anchors.totalPages > 0 ? std::to_string(m_anchors.totalPages) : "0";
    std::string pageOf = FillTemplate(m_d.texts.pageOfTemplate, {{"{n}", std::to_string(m_pageIndex + 1)}, {"{m}", total}});
    const double size = 8, baseline = m_bottom - 14;
    m_canvas->Rule(m_left, m_bottom - 4, m_right, m_bottom - 4, kRuleGrey, 0.4);
    double pw = m_canvas->Width(pageOf, FontStyle::Regular, size);
    m_canvas->Text(m_right - pw, baseline, pageOf, FontStyle::Regular, size, kFooterGrey);
    std::string title = m_canvas->Ellipsize(m_d.title, m_right - m_left - pw - 18, FontStyle::Regular, size);
    m_canvas->Text(m_left, baseline, title, FontStyle::Regular, size, kFooterGrey);
}

void PageDrawer::DrawStamp(const Stamp& stamp) {
    if (m_mode == Mode::Measure) return; // takes no room from the page's text
    // Drawn straight on the page: an imported page goes underneath as a form XObject with its
    // own resources, so nothing of it can clash with the stamp's font.
    std::string text = FillTemplate(m_d.bates ? m_d.texts.batesStampTemplate : m_d.texts.stampTemplate,
                                    {{"{label}", stamp.exhibit->stampPrefix},
                                     {"{bates}", m_d.bates ? m_d.bates->Number(m_batesNext) : ""},
                                     {"{p}", std::to_string(stamp.page)},
                                     {"{q}", std::to_string(stamp.pages)}});
    const double size = 8, height = 14;
    double width = m_canvas->Width(text, FontStyle::Bold, size) + 10;
    double x = m_right - width, y = m_top + 4;
    m_canvas->FillRect(x, y, width, height, {1, 1, 1});
    m_canvas->StrokeRect(x + 0.3, y + 0.3, width - 0.6, height - 0.6, {0.2, 0.2, 0.2}, 0.6);
    m_canvas->Text(x + 5, y + 4, text, FontStyle::Bold, size, {0.1, 0.1, 0.1});
}

std::string PageDrawer::PageRange(int first, int last) const {
    if (first == last) return std::to_string(first + 1);
    return std::to_string(first + 1) + "–" + std::to_string(last + 1);
}

void PageDrawer::FindBatesRanges() {
    if (!m_d.bates) return;
    // Every page after an exhibit's separator is stamped, so an exhibit's own pages are its
    // range less one; the sequence runs through the exhibits in order. Until a pass has placed
    // every exhibit there are no ranges.
    std::int64_t next = m_d.bates->start;
    for (const auto& e : m_d.exhibits) {
        auto known = m_anchors.exhibitPages.find(e.number);
        if (known == m_anchors.exhibitPages.end()) {
            m_batesRanges.clear();
            return;
        }
        std::int64_t own = known->second.second - known->second.first;
        if (own > 0) m_batesRanges[e.number] = m_d.bates->Range(next, next + own - 1);
        next += own;
    }
}

std::optional<std::string> PageDrawer::BatesRange(int exhibitNumber) const {
    auto found = m_batesRanges.find(exhibitNumber);
    if (found == m_batesRanges.end()) return std::nullopt;
    return found->second;
}

void PageDrawer::AddLinks() {
    for (const auto& link : m_links) {
        if (link.target < 0 || link.target >= m_pageCount) continue;
        PdfPage* page = m_pages[static_cast<std::size_t>(link.page)].get();
        PdfAnnotation* a = page->CreateAnnotation(ePdfAnnotation_Link, link.rect);
        a->SetDestination(PdfDestination(m_pages[static_cast<std::size_t>(link.target)].get()));
        a->SetBorderStyle(0, 0, 0);
    }
}

void PageDrawer::AddBookmarks() {
    PdfOutlines* outlines = m_doc->GetOutlines();
    PdfOutlineItem* last = nullptr;
    auto add = [&](const std::string& title, int page) {
        PdfDestination dest(m_pages.at(static_cast<std::size_t>(page)).get());
        last = last ? last->CreateNext(Utf8(title), dest) : outlines->CreateChild(Utf8(title), dest);
        return last;
    };
    for (const auto* s : m_sectionOrder) {
        add(s->title.empty() ? m_d.title : s->title, m_found.sectionPage.at(s->key));
    }
    if (m_d.exhibits.empty()) return;
    PdfOutlineItem* parent = add(m_d.texts.exhibitsBookmark, m_found.exhibitPages.at(m_d.exhibits.front().number).first);
    PdfOutlineItem* child = nullptr;
    for (const auto& e : m_d.exhibits) {
        PdfDestination dest(m_pages.at(static_cast<std::size_t>(m_found.exhibitPages.at(e.number).first)).get());
        std::string title = e.title.empty() ? e.label : e.label + " — " + e.title;
        child = child ? child->CreateNext(Utf8(title), dest) : parent->CreateChild(Utf8(title), dest);
    }
}

RenderPlan PageDrawer::Finish(const std::filesystem::path& out) {
    if (m_mode != Mode::Draw) throw Error("internal: a measuring pass cannot be written");
    if (m_options.progress) m_options.progress(0.96, "writing the pages");
    AddLinks();
    AddBookmarks();
    // Only what PoDoFo needs: the finishing stage rewrites /Info deterministically.
    m_doc->GetInfo()->SetTitle(Utf8(m_d.title));
    m_doc->Write(out.c_str());
    RenderPlan plan;
    plan.drawnPdf = out;
    plan.totalPages = m_pageCount;
    plan.bodyPages = m_bodyPages < 0 ? m_pageCount : m_bodyPages;
    plan.placements = m_placements;
    for (const auto& e : m_d.exhibits) {
        const auto& range = m_found.exhibitPages.at(e.number);
        plan.exhibits.push_back({e.number, range.first, range.second, BatesRange(e.number).value_or("")});
    }
    plan.warnings = m_warnings;
    for (auto& w : m_canvas->Warnings()) plan.warnings.push_back(std::move(w));
    return plan;
}

} // namespace reclama::pdf
