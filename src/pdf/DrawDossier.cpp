#include "DrawDossier.h"

#include "Fonts.h"
#include "TextLayout.h"
#include "core/Error.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

namespace reclama::pdf {
namespace {

using namespace PoDoFo;
using dossier::Align;
using dossier::DossierDocument;

constexpr double kMm = 72.0 / 25.4;
constexpr double kBody = 10, kSmall = 8.5, kLineHeight = 1.25;

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string HumanSize(std::int64_t bytes) {
    char buffer[32];
    if (bytes < 1024) std::snprintf(buffer, sizeof buffer, "%lld B", static_cast<long long>(bytes));
    else if (bytes < 1024 * 1024) std::snprintf(buffer, sizeof buffer, "%.1f KiB", bytes / 1024.0);
    else std::snprintf(buffer, sizeof buffer, "%.1f MiB", bytes / (1024.0 * 1024.0));
    return buffer;
}

struct Link {
    int page;
    PdfRect rect;
    int target;
};

// What pass 1 learns for pass 2: where sections and exhibits start.
struct Anchors {
    std::map<std::string, int> sectionPage;
    std::map<int, std::pair<int, int>> exhibitPages; // number -> (separator page, last page)
};

class Drawer {
public:
    Drawer(const DossierDocument& d, const Anchors& anchors, const DrawOptions& options)
        : m_d(d), m_anchors(anchors), m_options(options), m_fonts(m_doc) {
        bool a4 = d.pageSize == dossier::PageSize::A4;
        m_width = a4 ? 595.28 : 612;
        m_height = a4 ? 841.89 : 792;
        m_left = 25 * kMm;
        m_right = m_width - 20 * kMm;
        m_top = m_height - 20 * kMm;
        m_bottom = 20 * kMm + 14; // room for the footer
    }

    RenderPlan Draw(const std::filesystem::path& out) {
        for (const auto& section : m_d.sections) DrawSection(section);
        for (const auto& exhibit : m_d.exhibits) DrawExhibit(exhibit);
        EndPage();
        DrawFootersAndStamps();
        AddLinksAndBookmarks();
        m_doc.GetInfo()->SetTitle(Utf8(m_d.title));
        m_doc.GetInfo()->SetAuthor(Utf8(m_d.author));
        m_doc.GetInfo()->SetSubject(Utf8(m_d.subject));
        m_doc.Write(out.c_str());
        RenderPlan plan;
        plan.drawnPdf = out;
        plan.totalPages = m_pageCount;
        plan.bodyPages = m_bodyPages < 0 ? m_pageCount : m_bodyPages;
        plan.placements = m_placements;
        for (const auto& [number, range] : m_found.exhibitPages) {
            plan.exhibits.push_back({number, range.first, range.second});
        }
        for (const auto& [ch, where] : m_missing) {
            plan.warnings.push_back("the character \"" + ch + "\" in " + where +
                                    " cannot be shown by the dossier's font");
        }
        return plan;
    }

    const Anchors& Found() const { return m_found; }

private:
    // ---- pages
    void NewPage() {
        EndPage();
        m_doc.CreatePage(PdfRect(0, 0, m_width, m_height));
        m_pageIndex = m_pageCount++;
        // A page from CreatePage dangles after the next CreatePage: always re-fetch by index.
        m_painter.SetPage(m_doc.GetPage(m_pageIndex));
        m_painterOpen = true;
        m_y = m_top;
        if (m_options.cancel && m_options.cancel->load()) throw CancelledError();
    }
    void EndPage() {
        if (m_painterOpen) m_painter.FinishPage();
        m_painterOpen = false;
    }
    void Ensure(double height) {
        if (m_pageIndex < 0 || m_y - height < m_bottom) NewPage();
    }

    // ---- text
    void Text(double x, double y, const std::string& text, FontStyle style, double size,
              double r = 0, double g = 0, double b = 0) {
        if (text.empty()) return;
        m_painter.SetColor(r, g, b);
        m_painter.SetFont(m_fonts.Get(style, size));
        m_painter.DrawText(x, y, Utf8(text));
        Check(text);
    }
    void Check(const std::string& text) {
        for (const auto& ch : m_fonts.Missing(text)) {
            m_missing.emplace(ch, m_where);
        }
    }
    double Width(const std::string& text, FontStyle style, double size) {
        return m_fonts.Width(text, style, size);
    }
    std::vector<std::string> Wrap(const std::string& text, double width, FontStyle style, double size) {
        return WrapText(text, width, [&](const std::string& s) { return Width(s, style, size); });
    }
    std::string Ellipsize(const std::string& text, double width, FontStyle style, double size) {
        if (Width(text, style, size) <= width) return text;
        std::string cut = text;
        while (!cut.empty() && Width(cut + "…", style, size) > width) {
            do cut.pop_back(); while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80);
            if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
        }
        return cut + "…";
    }

    // Draws wrapped lines from the cursor, breaking pages as needed.
    void Lines(const std::vector<std::string>& lines, double x, double width, FontStyle style,
               double size, Align align = Align::Left) {
        double lh = size * kLineHeight;
        for (const auto& line : lines) {
            Ensure(lh);
            m_y -= lh;
            double w = Width(line, style, size);
            double at = align == Align::Center ? x + (width - w) / 2 : align == Align::Right ? x + width - w : x;
            Text(at, m_y + size * 0.25, line, style, size);
        }
    }

    // ---- blocks
    void DrawSection(const dossier::Section& section) {
        m_where = section.title.empty() ? section.key : section.title;
        if (section.newPage || m_pageIndex < 0) NewPage();
        else Ensure(60);
        m_found.sectionPage[section.key] = m_pageIndex;
        m_sectionOrder.push_back(&section);
        if (!section.title.empty()) {
            if (!section.newPage) m_y -= 10;
            m_y -= 16 * kLineHeight;
            Text(m_left, m_y + 4, section.title, FontStyle::Bold, 16);
            m_y -= 6;
            m_painter.SetStrokingColor(0.75, 0.75, 0.75);
            m_painter.SetStrokeWidth(0.6);
            m_painter.DrawLine(m_left, m_y, m_right, m_y);
            m_y -= 8;
        }
        for (const auto& block : section.blocks) std::visit([&](const auto& b) { DrawBlock(b); }, block);
    }

    void DrawBlock(const dossier::Paragraph& p) {
        std::string text;
        for (const auto& r : p.runs) text += r.text;
        bool bold = !p.runs.empty() && p.runs.front().bold;
        double size = kBody;
        FontStyle style = bold ? FontStyle::Bold : FontStyle::Regular;
        double x = m_left, width = m_right - m_left;
        switch (p.style) {
        case dossier::ParagraphStyle::CoverTitle: size = 22; style = FontStyle::Bold; break;
        case dossier::ParagraphStyle::CoverSubtitle: size = 14; break;
        case dossier::ParagraphStyle::Small: size = kSmall; break;
        case dossier::ParagraphStyle::Quote: style = FontStyle::Oblique; x += 18; width -= 18; break;
        default: break;
        }
        if (!p.leadIn.empty()) {
            std::string lead = p.leadIn + " ";
            double leadWidth = Width(lead, FontStyle::Bold, size);
            double extra = leadWidth - Width(lead, style, size);
            auto lines = Wrap(lead + text, width - std::max(0.0, extra), style, size);
            double lh = size * kLineHeight;
            Ensure(lh * std::min<std::size_t>(lines.size(), 2));
            for (std::size_t i = 0; i < lines.size(); ++i) {
                Ensure(lh);
                m_y -= lh;
                if (i == 0) {
                    Text(x, m_y + size * 0.25, p.leadIn, FontStyle::Bold, size);
                    Text(x + leadWidth, m_y + size * 0.25, lines[0].substr(std::min(lines[0].size(), lead.size())), style, size);
                } else {
                    Text(x, m_y + size * 0.25, lines[i], style, size);
                }
            }
            m_y -= size * 0.6;
            return;
        }
        Lines(Wrap(text, width, style, size), x, width, style, size, p.align);
        m_y -= size * 0.6;
    }

    void DrawBlock(const dossier::Spacer& s) {
        if (m_pageIndex < 0) NewPage();
        m_y -= s.points;
    }

    void DrawBlock(const dossier::KeyValueList& kv) {
        double labelWidth = (m_right - m_left) * 0.32;
        double valueX = m_left + labelWidth + 8, valueWidth = m_right - valueX;
        double lh = kBody * kLineHeight;
        for (const auto& [label, value] : kv.items) {
            auto labelLines = Wrap(label, labelWidth, FontStyle::Bold, kBody);
            auto valueLines = Wrap(value, valueWidth, FontStyle::Regular, kBody);
            std::size_t n = std::max(labelLines.size(), valueLines.size());
            Ensure(lh * n + 3);
            double top = m_y;
            for (std::size_t i = 0; i < n; ++i) {
                m_y -= lh;
                if (i < labelLines.size()) Text(m_left, m_y + 2.5, labelLines[i], FontStyle::Bold, kBody, 0.3, 0.3, 0.3);
                if (i < valueLines.size()) Text(valueX, m_y + 2.5, valueLines[i], FontStyle::Regular, kBody);
            }
            m_y = top - lh * n - 3;
        }
        m_y -= 4;
    }

    void DrawBlock(const dossier::SignatureBlock& s) {
        double lh = kBody * kLineHeight;
        Ensure(lh * 7);
        m_y -= lh;
        Text(m_left, m_y, s.placeAndDate, FontStyle::Regular, kBody);
        m_y -= lh * 4;
        m_painter.SetStrokingColor(0, 0, 0);
        m_painter.SetStrokeWidth(0.5);
        m_painter.DrawLine(m_left, m_y, m_left + 200, m_y);
        m_y -= lh;
        Text(m_left, m_y, s.signerName, FontStyle::Regular, kBody);
        m_y -= lh;
        Text(m_left, m_y, s.signerCaption, FontStyle::Oblique, kSmall, 0.4, 0.4, 0.4);
    }

    struct Cell {
        std::vector<std::string> lines;
    };

    void TableHeader(const std::vector<dossier::Column>& columns, const std::vector<double>& widths,
                     double size, double pad) {
        if (std::all_of(columns.begin(), columns.end(), [](const auto& c) { return c.title.empty(); })) return;
        double lh = size * kLineHeight;
        std::vector<std::vector<std::string>> lines;
        std::size_t n = 1;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            lines.push_back(Wrap(columns[i].title, widths[i] - 2 * pad, FontStyle::Bold, size));
            n = std::max(n, lines.back().size());
        }
        double h = lh * n + 2 * pad;
        m_painter.SetColor(0.86, 0.88, 0.91);
        m_painter.Rectangle(m_left, m_y - h, m_right - m_left, h);
        m_painter.Fill();
        double x = m_left;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            double y = m_y - pad;
            for (const auto& l : lines[i]) {
                y -= lh;
                double w = Width(l, FontStyle::Bold, size);
                double at = columns[i].align == Align::Right ? x + widths[i] - pad - w : x + pad;
                Text(at, y + size * 0.25, l, FontStyle::Bold, size);
            }
            x += widths[i];
        }
        m_y -= h;
    }

    void DrawTable(const std::vector<dossier::Column>& columns, const std::vector<dossier::TableRow>& rows,
                   bool compact, const std::vector<int>* rowLinks = nullptr,
                   const std::set<std::size_t>& monoColumns = {}) {
        double size = compact ? kSmall : kBody;
        double pad = 3, lh = size * kLineHeight;
        double total = 0;
        for (const auto& c : columns) total += c.weight;
        std::vector<double> widths;
        for (const auto& c : columns) widths.push_back((m_right - m_left) * c.weight / total);
        Ensure(lh * 4);
        TableHeader(columns, widths, size, pad);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const auto& row = rows[r];
            FontStyle style = row.bold ? FontStyle::Bold : FontStyle::Regular;
            std::vector<std::vector<std::string>> cells;
            std::size_t n = 1;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                std::string text = i < row.cells.size() ? row.cells[i] : "";
                FontStyle cs = monoColumns.count(i) ? FontStyle::Mono : style;
                double cellSize = monoColumns.count(i) ? size - 1.5 : size;
                cells.push_back(Wrap(text, widths[i] - 2 * pad, cs, cellSize));
                n = std::max(n, cells.back().size());
            }
            double h = lh * n + 2 * pad;
            if (m_y - h < m_bottom) {
                NewPage();
                TableHeader(columns, widths, size, pad);
            }
            if (r % 2 == 1) {
                m_painter.SetColor(0.965, 0.965, 0.97);
                m_painter.Rectangle(m_left, m_y - h, m_right - m_left, h);
                m_painter.Fill();
            }
            if (row.alert) {
                m_painter.SetColor(0.78, 0.16, 0.16);
                m_painter.Rectangle(m_left, m_y - h, 2.2, h);
                m_painter.Fill();
            }
            double x = m_left;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                bool mono = monoColumns.count(i) > 0;
                FontStyle cs = mono ? FontStyle::Mono : style;
                double cellSize = mono ? size - 1.5 : size;
                double y = m_y - pad;
                for (const auto& l : cells[i]) {
                    y -= lh;
                    double w = Width(l, cs, cellSize);
                    double at = columns[i].align == Align::Right ? x + widths[i] - pad - w : x + pad;
                    Text(at, y + size * 0.25, l, cs, cellSize);
                }
                x += widths[i];
            }
            if (rowLinks && r < rowLinks->size() && (*rowLinks)[r] >= 0) {
                m_links.push_back({m_pageIndex, PdfRect(m_left, m_y - h, m_right - m_left, h), (*rowLinks)[r]});
            }
            m_y -= h;
            m_painter.SetStrokingColor(0.8, 0.8, 0.8);
            m_painter.SetStrokeWidth(0.3);
            m_painter.DrawLine(m_left, m_y, m_right, m_y);
        }
        m_y -= 8;
    }

    void DrawBlock(const dossier::Table& t) { DrawTable(t.columns, t.rows, t.compact); }

    void DrawBlock(const dossier::ContentsPlaceholder&) {
        double lh = kBody * kLineHeight * 1.15;
        auto entry = [&](const std::string& title, int page, double indent) {
            Ensure(lh);
            m_y -= lh;
            std::string number = page >= 0 ? std::to_string(page + 1) : "";
            double nw = Width(number, FontStyle::Regular, kBody);
            double x = m_left + indent;
            std::string shown = Ellipsize(title, m_right - x - nw - 30, FontStyle::Regular, kBody);
            Text(x, m_y + 3, shown, FontStyle::Regular, kBody);
            double dotsFrom = x + Width(shown, FontStyle::Regular, kBody) + 4, dotsTo = m_right - nw - 4;
            std::string dots;
            while (Width(dots + ".", FontStyle::Regular, kBody) < dotsTo - dotsFrom) dots += ".";
            Text(dotsFrom, m_y + 3, dots, FontStyle::Regular, kBody, 0.6, 0.6, 0.6);
            Text(m_right - nw, m_y + 3, number, FontStyle::Regular, kBody);
            if (page >= 0) m_links.push_back({m_pageIndex, PdfRect(x, m_y, m_right - x, lh), page});
        };
        for (const auto& s : m_d.sections) {
            if (s.title.empty() || s.key == "contents") continue;
            auto it = m_anchors.sectionPage.find(s.key);
            entry(s.title, it == m_anchors.sectionPage.end() ? -1 : it->second, 0);
        }
        if (!m_d.exhibits.empty()) {
            Ensure(lh * 2);
            m_y -= 6;
            entry(m_d.texts.exhibitsBookmark, m_d.exhibits.empty() ? -1 : FirstExhibitPage(), 0);
            for (const auto& e : m_d.exhibits) {
                auto it = m_anchors.exhibitPages.find(e.number);
                entry(e.label + " — " + e.title, it == m_anchors.exhibitPages.end() ? -1 : it->second.first, 14);
            }
        }
    }

    int FirstExhibitPage() const {
        if (m_anchors.exhibitPages.empty()) return -1;
        return m_anchors.exhibitPages.begin()->second.first;
    }

    void DrawBlock(const dossier::ExhibitIndexPlaceholder&) {
        const auto& t = m_d.texts;
        std::vector<dossier::Column> columns = {{t.exhibitIndexLabel, 1.1, Align::Left},
                                                {t.exhibitIndexTitle, 2.0, Align::Left},
                                                {t.exhibitIndexDate, 0.9, Align::Left},
                                                {t.exhibitIndexPages, 0.8, Align::Right},
                                                {t.exhibitIndexSha, 2.3, Align::Left}};
        std::vector<dossier::TableRow> rows;
        std::vector<int> links;
        for (const auto& e : m_d.exhibits) {
            auto it = m_anchors.exhibitPages.find(e.number);
            std::string pages;
            int target = -1;
            if (it != m_anchors.exhibitPages.end()) {
                pages = std::to_string(it->second.first + 1) + "–" + std::to_string(it->second.second + 1);
                target = it->second.first;
            }
            rows.push_back({{e.label, e.title, e.date, pages, e.sha256}, false,
                            e.source == dossier::ExhibitSource::Unreadable});
            links.push_back(target);
        }
        DrawTable(columns, rows, true, &links, {4});
    }

    // ---- exhibits
    void DrawExhibit(const dossier::Exhibit& e) {
        m_where = e.label;
        if (m_bodyPages < 0) m_bodyPages = m_pageCount;
        NewPage();
        int separator = m_pageIndex;
        const auto& t = m_d.texts;
        m_y = m_top - (m_top - m_bottom) * 0.25;
        Text((m_width - Width(e.label, FontStyle::Bold, 30)) / 2, m_y, e.label, FontStyle::Bold, 30);
        m_y -= 24;
        auto titleLines = Wrap(e.title, m_right - m_left, FontStyle::Regular, 14);
        Lines(titleLines, m_left, m_right - m_left, FontStyle::Regular, 14, Align::Center);
        m_y -= 24;
        int contentPages = ContentPages(e);
        dossier::KeyValueList kv;
        if (!e.date.empty()) kv.items.emplace_back(t.separatorDate, e.date);
        kv.items.emplace_back(t.separatorPages, std::to_string(contentPages));
        kv.items.emplace_back(t.separatorFile, e.originalName);
        kv.items.emplace_back(t.separatorType, e.mediaType);
        kv.items.emplace_back(t.separatorSize, HumanSize(e.size));
        kv.items.emplace_back(t.separatorSha, e.sha256);
        DrawBlock(kv);
        if (e.source == dossier::ExhibitSource::Unreadable) {
            m_y -= 10;
            Lines(Wrap(t.notIncluded + ": " + e.problem, m_right - m_left, FontStyle::Bold, kBody),
                  m_left, m_right - m_left, FontStyle::Bold, kBody);
        } else if (e.source == dossier::ExhibitSource::Other) {
            m_y -= 10;
            Lines(Wrap(t.otherTypeNotice, m_right - m_left, FontStyle::Oblique, kBody), m_left,
                  m_right - m_left, FontStyle::Oblique, kBody);
        }
        int first = m_pageCount;
        switch (e.source) {
        case dossier::ExhibitSource::Pdf:
            for (int p = 1; p <= e.pdfPageCount; ++p) {
                NewPage();
                m_placements.push_back({m_pageIndex, e.file, p});
            }
            break;
        case dossier::ExhibitSource::Image: DrawImage(e); break;
        case dossier::ExhibitSource::Text:
        case dossier::ExhibitSource::Email: DrawTextExhibit(e); break;
        default: break;
        }
        int last = m_pageCount - 1;
        m_found.exhibitPages[e.number] = {separator, last};
        for (int p = first; p <= last; ++p) m_stamps[p] = {&e, p - first + 1, last - first + 1};
    }

    int ContentPages(const dossier::Exhibit& e) {
        auto it = m_anchors.exhibitPages.find(e.number);
        if (it != m_anchors.exhibitPages.end()) return it->second.second - it->second.first;
        return e.source == dossier::ExhibitSource::Pdf ? e.pdfPageCount : 1;
    }

    void DrawImage(const dossier::Exhibit& e) {
        NewPage();
        PdfImage image(&m_doc);
        try {
            // Stored originals have no extension: let PoDoFo recognise PNG or JPEG by content.
            std::ifstream in(e.file, std::ios::binary);
            std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            image.LoadFromData(bytes.data(), static_cast<pdf_long>(bytes.size()));
        } catch (const PdfError&) {
            Lines(Wrap(m_d.texts.notIncluded + ": " + e.originalName, m_right - m_left, FontStyle::Bold, kBody),
                  m_left, m_right - m_left, FontStyle::Bold, kBody);
            return;
        }
        double captionH = 22;
        double availW = m_right - m_left, availH = m_top - 26 - m_bottom - captionH;
        double scale = std::min(availW / image.GetWidth(), availH / image.GetHeight());
        scale = std::min(scale, 1.5);
        double w = image.GetWidth() * scale, h = image.GetHeight() * scale;
        double x = m_left + (availW - w) / 2, y = m_top - 26 - captionH - h;
        m_painter.DrawImage(x, y, &image, scale, scale);
        Text(m_left, m_top - 26 - 12, Ellipsize(e.title, availW, FontStyle::Oblique, 9), FontStyle::Oblique, 9, 0.3, 0.3, 0.3);
    }

    void DrawTextExhibit(const dossier::Exhibit& e) {
        NewPage();
        m_y -= 22; // below the stamp
        if (e.source == dossier::ExhibitSource::Email) {
            dossier::KeyValueList headers;
            headers.items = e.emailHeaders;
            DrawBlock(headers);
            m_painter.SetStrokingColor(0.7, 0.7, 0.7);
            m_painter.DrawLine(m_left, m_y, m_right, m_y);
            m_y -= 8;
        }
        double width = m_right - m_left;
        Lines(Wrap(e.text, width, FontStyle::Regular, 9.5), m_left, width, FontStyle::Regular, 9.5);
        if (!e.emailAttachments.empty()) {
            m_y -= 8;
            std::string list = m_d.texts.emailAttachments + ":";
            for (const auto& a : e.emailAttachments) list += "\n• " + a;
            Lines(Wrap(list, width, FontStyle::Regular, 9.5), m_left, width, FontStyle::Regular, 9.5);
        }
    }

    // ---- after all pages exist
    struct Stamp {
        const dossier::Exhibit* exhibit;
        int page, pages;
    };

    void DrawFootersAndStamps() {
        std::string total = std::to_string(m_pageCount);
        for (int i = 0; i < m_pageCount; ++i) {
            m_painter.SetPage(m_doc.GetPage(i));
            double y = 20 * kMm - 2;
            m_painter.SetStrokingColor(0.8, 0.8, 0.8);
            m_painter.SetStrokeWidth(0.4);
            m_painter.DrawLine(m_left, y + 10, m_right, y + 10);
            std::string pageOf = Replace(Replace(m_d.texts.pageOfTemplate, "{n}", std::to_string(i + 1)), "{m}", total);
            double pw = Width(pageOf, FontStyle::Regular, 8);
            Text(m_right - pw, y, pageOf, FontStyle::Regular, 8, 0.35, 0.35, 0.35);
            Text(m_left, y, Ellipsize(m_d.title, m_right - m_left - pw - 20, FontStyle::Regular, 8), FontStyle::Regular, 8, 0.35, 0.35, 0.35);
            auto stamp = m_stamps.find(i);
            if (stamp != m_stamps.end()) {
                std::string text = Replace(Replace(Replace(m_d.texts.stampTemplate, "{label}", stamp->second.exhibit->stampPrefix),
                                                   "{p}", std::to_string(stamp->second.page)),
                                           "{q}", std::to_string(stamp->second.pages));
                double w = Width(text, FontStyle::Bold, 8) + 10;
                double x = m_right - w, top = m_height - 20 * kMm + 16;
                m_painter.SetColor(1, 1, 1);
                m_painter.Rectangle(x, top - 14, w, 14);
                m_painter.Fill();
                m_painter.SetStrokingColor(0.2, 0.2, 0.2);
                m_painter.SetStrokeWidth(0.6);
                m_painter.Rectangle(x, top - 14, w, 14);
                m_painter.Stroke();
                Text(x + 5, top - 10, text, FontStyle::Bold, 8, 0.1, 0.1, 0.1);
            }
            m_painter.FinishPage();
        }
    }

    void AddLinksAndBookmarks() {
        for (const auto& link : m_links) {
            if (link.target < 0 || link.target >= m_pageCount) continue;
            PdfPage* page = m_doc.GetPage(link.page);
            PdfAnnotation* a = page->CreateAnnotation(ePdfAnnotation_Link, link.rect);
            a->SetDestination(PdfDestination(m_doc.GetPage(link.target)));
            a->SetBorderStyle(0, 0, 0);
        }
        PdfOutlines* outlines = m_doc.GetOutlines();
        PdfOutlineItem* last = nullptr;
        auto add = [&](const std::string& title, int page) {
            PdfDestination dest(m_doc.GetPage(page));
            last = last ? last->CreateNext(Utf8(title), dest) : outlines->CreateChild(Utf8(title), dest);
            return last;
        };
        for (const auto* s : m_sectionOrder) {
            add(s->title.empty() ? m_d.title : s->title, m_found.sectionPage.at(s->key));
        }
        if (!m_d.exhibits.empty()) {
            PdfOutlineItem* parent = add(m_d.texts.exhibitsBookmark, m_found.exhibitPages.begin()->second.first);
            PdfOutlineItem* child = nullptr;
            for (const auto& e : m_d.exhibits) {
                PdfDestination dest(m_doc.GetPage(m_found.exhibitPages.at(e.number).first));
                std::string title = e.label + " — " + e.title;
                child = child ? child->CreateNext(Utf8(title), dest) : parent->CreateChild(Utf8(title), dest);
            }
        }
    }

    const DossierDocument& m_d;
    const Anchors& m_anchors;
    const DrawOptions& m_options;
    PdfMemDocument m_doc;
    Fonts m_fonts;
    PdfPainter m_painter;
    bool m_painterOpen = false;
    double m_width, m_height, m_left, m_right, m_top, m_bottom, m_y = 0;
    int m_pageIndex = -1, m_pageCount = 0, m_bodyPages = -1;
    Anchors m_found;
    std::vector<const dossier::Section*> m_sectionOrder;
    std::vector<Link> m_links;
    std::vector<ExhibitPagePlacement> m_placements;
    std::map<int, Stamp> m_stamps;
    std::set<std::pair<std::string, std::string>> m_missing;
    std::string m_where;
};

} // namespace

RenderPlan DrawDossier(const DossierDocument& document, const std::filesystem::path& drawnPdf,
                       const DrawOptions& options) {
    try {
        // Pass 1 finds where every section and exhibit starts; pass 2 draws the contents and the
        // exhibit index with those numbers (their length does not depend on them).
        Anchors none;
        Drawer measure(document, none, options);
        measure.Draw(drawnPdf);
        if (options.progress) options.progress(0.5, "laying out");
        Anchors found = measure.Found();
        Drawer draw(document, found, options);
        return draw.Draw(drawnPdf);
    } catch (const PdfError& e) {
        std::error_code ignored;
        std::filesystem::remove(drawnPdf, ignored);
        throw Error(std::string("the dossier could not be drawn: ") + PdfError::ErrorMessage(e.GetError()));
    }
}

} // namespace reclama::pdf
