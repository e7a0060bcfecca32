// PageDrawer: sections and their blocks (paragraphs, key-value lists, tables, contents, exhibit
// index, signature).
#include "ColumnWidths.h"
#include "DrawPages.h"

#include <algorithm>

namespace reclama::pdf {
using dossier::Align;

namespace {
constexpr double kBody = 10, kSmall = 8.5, kLineHeight = 1.25, kCellPad = 3;
constexpr std::size_t kShortCellBytes = 11;
constexpr Color kRule{0.8, 0.8, 0.8}, kHeaderFill{0.88, 0.9, 0.93}, kShade{0.96, 0.96, 0.965},
    kAlert{0.78, 0.16, 0.16}, kLabelGrey{0.3, 0.3, 0.3}, kLeaderGrey{0.6, 0.6, 0.6};

double AlignedX(double x, double width, double textWidth, Align align) {
    if (align == Align::Center) return x + (width - textWidth) / 2;
    if (align == Align::Right) return x + width - textWidth;
    return x;
}
} // namespace

void PageDrawer::DrawSection(const dossier::Section& section) {
    m_canvas->SetWhere("the section \"" + (section.title.empty() ? section.key : section.title) + "\"");
    if (section.newPage || m_pageIndex < 0) NewPage();
    else Ensure(80); // a heading never ends a page
    m_found.sectionPage[section.key] = m_pageIndex;
    m_sectionOrder.push_back(&section);
    if (!section.title.empty()) {
        double size = section.newPage ? 16 : 13;
        if (!section.newPage && m_y < m_top) m_y -= 10;
        for (const auto& line : m_canvas->Wrap(section.title, m_right - m_left, FontStyle::Bold, size)) {
            m_y -= size * kLineHeight;
            m_canvas->Text(m_left, m_y + size * 0.25, line, FontStyle::Bold, size);
        }
        m_y -= 5;
        m_canvas->Rule(m_left, m_y, m_right, m_y, {0.7, 0.7, 0.7}, 0.6);
        m_y -= 10;
    }
    for (const auto& block : section.blocks) std::visit([&](const auto& b) { DrawBlock(b); }, block);
}

void PageDrawer::Lines(const std::vector<StyledLine>& lines, double x, double width, double size, Align align,
                       Color color) {
    double lh = size * kLineHeight;
    // Never leave a single line of a paragraph at the foot of a page.
    Ensure(lh * std::min<std::size_t>(lines.size(), 2));
    for (const auto& line : lines) {
        Ensure(lh);
        m_y -= lh;
        double at = AlignedX(x, width, m_canvas->LineWidth(line, size), align);
        m_canvas->Line(at, m_y + size * 0.25, line, size, color);
    }
}

void PageDrawer::DrawBlock(const dossier::Paragraph& p) {
    double size = kBody, x = m_left, width = m_right - m_left;
    FontStyle base = FontStyle::Regular;
    Align align = p.align;
    double after = size * 0.6;
    switch (p.style) {
    case dossier::ParagraphStyle::CoverTitle:
        size = 22, base = FontStyle::Bold, align = Align::Center, after = 10;
        break;
    case dossier::ParagraphStyle::CoverSubtitle: size = 14, align = Align::Center, after = 8; break;
    case dossier::ParagraphStyle::Small: size = kSmall, after = size * 0.6; break;
    case dossier::ParagraphStyle::Quote: base = FontStyle::Oblique, x += 18, width -= 18; break;
    case dossier::ParagraphStyle::Label: size = 11, base = FontStyle::Bold, after = 3; break;
    default: break;
    }
    std::vector<StyledText> runs;
    if (!p.leadIn.empty()) runs.push_back({p.leadIn + " ", FontStyle::Bold});
    for (const auto& r : p.runs) {
        runs.push_back({r.text, r.bold ? FontStyle::Bold : r.italic ? FontStyle::Oblique : base});
    }
    Lines(m_canvas->WrapRuns(runs, width, size), x, width, size, align);
    m_y -= after;
}

void PageDrawer::DrawBlock(const dossier::Spacer& s) {
    if (m_pageIndex < 0) NewPage();
    m_y -= s.points;
    if (m_y < m_bottom) NewPage();
}

void PageDrawer::KeyValues(const std::vector<std::pair<std::string, std::string>>& items, double size) {
    double labelWidth = (m_right - m_left) * 0.3;
    double valueX = m_left + labelWidth + 8, valueWidth = m_right - valueX;
    double lh = size * kLineHeight;
    for (const auto& [label, value] : items) {
        auto labelLines = m_canvas->Wrap(label, labelWidth, FontStyle::Bold, size);
        auto valueLines = m_canvas->Wrap(value, valueWidth, FontStyle::Regular, size);
        std::size_t n = std::max(labelLines.size(), valueLines.size());
        for (std::size_t i = 0; i < n; ++i) {
            // Keep a short pair together; a long value may continue on the next page.
            if (i == 0) Ensure(lh * std::min<std::size_t>(n, 3) + 3);
            else Ensure(lh);
            m_y -= lh;
            if (i < labelLines.size()) m_canvas->Text(m_left, m_y + size * 0.25, labelLines[i], FontStyle::Bold, size, kLabelGrey);
            if (i < valueLines.size()) m_canvas->Text(valueX, m_y + size * 0.25, valueLines[i], FontStyle::Regular, size);
        }
        m_y -= 3;
    }
    m_y -= 4;
}

void PageDrawer::DrawBlock(const dossier::KeyValueList& kv) { KeyValues(kv.items, kBody); }

void PageDrawer::DrawBlock(const dossier::SignatureBlock& s) {
    double lh = kBody * kLineHeight;
    Ensure(lh * 8);
    m_y -= lh;
    m_canvas->Text(m_left, m_y, s.placeAndDate, FontStyle::Regular, kBody);
    m_y -= lh * 4;
    m_canvas->Rule(m_left, m_y, m_left + 200, m_y, {0, 0, 0}, 0.5);
    m_y -= lh;
    m_canvas->Text(m_left, m_y, s.signerName, FontStyle::Regular, kBody);
    m_y -= lh;
    m_canvas->Text(m_left, m_y, s.signerCaption, FontStyle::Oblique, kSmall, {0.4, 0.4, 0.4});
    m_y -= lh;
}

std::vector<double> PageDrawer::TableWidths(const std::vector<dossier::Column>& columns,
                                            const std::vector<dossier::TableRow>& rows, double size, int monoColumn) {
    std::vector<ColumnNeeds> needs;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        ColumnNeeds need;
        need.weight = columns[i].weight;
        // The widest of the pieces `text` falls into when cut at any of `cuts`.
        auto widest = [&](const std::string& text, const char* cuts, FontStyle style, double at) {
            double most = 0;
            for (std::size_t from = 0; from <= text.size();) {
                std::size_t end = std::min(text.find_first_of(cuts, from), text.size());
                most = std::max(most, m_canvas->Width(text.substr(from, end - from), style, at));
                from = end + 1;
            }
            return most;
        };
        auto measure = [&](const std::string& text, FontStyle style, double at) {
            // A short cell ("Doc. nº 12", "15/03/2026") reads as one item: kept on one line.
            const bool shortCell = text.size() <= kShortCellBytes && text.find('\n') == std::string::npos;
            need.longestWord = std::max(need.longestWord, widest(text, shortCell ? "\n" : " \n", style, at));
            need.longestText = std::max(need.longestText, widest(text, "\n", style, at));
        };
        measure(columns[i].title, FontStyle::Bold, size);
        bool mono = static_cast<int>(i) == monoColumn;
        for (const auto& row : rows) {
            if (i >= row.cells.size()) continue;
            FontStyle style = mono ? FontStyle::Mono : row.bold ? FontStyle::Bold : FontStyle::Regular;
            measure(row.cells[i], style, mono ? size - 1.5 : size);
        }
        // Room for the padding, and a hair so a word measured to fit is not wrapped by rounding.
        need.longestWord += 2 * kCellPad + 0.5;
        need.longestText += 2 * kCellPad + 0.5;
        needs.push_back(need);
    }
    return ColumnWidths(needs, m_right - m_left);
}

void PageDrawer::TableHeader(const std::vector<dossier::Column>& columns, const std::vector<double>& widths,
                             double size) {
    if (std::all_of(columns.begin(), columns.end(), [](const auto& c) { return c.title.empty(); })) return;
    double lh = size * kLineHeight;
    std::vector<std::vector<std::string>> lines;
    std::size_t n = 1;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        lines.push_back(m_canvas->Wrap(columns[i].title, widths[i] - 2 * kCellPad, FontStyle::Bold, size));
        n = std::max(n, lines.back().size());
    }
    double h = lh * n + 2 * kCellPad;
    m_canvas->FillRect(m_left, m_y - h, m_right - m_left, h, kHeaderFill);
    double x = m_left;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        double y = m_y - kCellPad;
        for (const auto& l : lines[i]) {
            y -= lh;
            double w = m_canvas->Width(l, FontStyle::Bold, size);
            double at = AlignedX(x + kCellPad, widths[i] - 2 * kCellPad, w, columns[i].align);
            m_canvas->Text(at, y + size * 0.25, l, FontStyle::Bold, size);
        }
        x += widths[i];
    }
    m_y -= h;
    m_canvas->Rule(m_left, m_y, m_right, m_y, {0.55, 0.55, 0.55}, 0.5);
}

void PageDrawer::DrawTable(const std::vector<dossier::Column>& columns, const std::vector<dossier::TableRow>& rows,
                           bool compact, const std::vector<int>* rowLinks, int monoColumn,
                           const std::vector<dossier::TableRow>* fixedRows) {
    if (columns.empty()) return;
    double size = compact ? kSmall : kBody;
    double lh = size * kLineHeight;
    // A table of the document is the same in every pass; the exhibit index is not (it prints
    // page numbers), and is measured again.
    const bool fixed = m_memo && &rows == fixedRows;
    auto known = fixed ? m_memo->tableWidths.find(fixedRows) : decltype(m_memo->tableWidths)::iterator{};
    std::vector<double> widths = fixed && known != m_memo->tableWidths.end()
                                     ? known->second
                                     : TableWidths(columns, rows, size, monoColumn);
    if (fixed) m_memo->tableWidths[fixedRows] = widths;
    Ensure(lh * 4 + 4 * kCellPad);
    TableHeader(columns, widths, size);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        FontStyle style = row.bold ? FontStyle::Bold : FontStyle::Regular;
        std::vector<std::vector<std::string>> cells;
        std::vector<FontStyle> styles;
        std::vector<double> sizes;
        std::size_t n = 1;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            bool mono = static_cast<int>(i) == monoColumn;
            styles.push_back(mono ? FontStyle::Mono : style);
            sizes.push_back(mono ? size - 1.5 : size);
            std::string text = i < row.cells.size() ? row.cells[i] : "";
            cells.push_back(m_canvas->Wrap(text, widths[i] - 2 * kCellPad, styles[i], sizes[i]));
            n = std::max(n, cells.back().size());
        }
        // Rows taller than a page are drawn in slices; any other row moves whole to the next page.
        std::size_t perPage = static_cast<std::size_t>(std::max(1.0, (m_top - m_bottom - 40) / lh));
        for (std::size_t from = 0; from < n; from += perPage) {
            std::size_t to = std::min(n, from + perPage);
            double h = lh * static_cast<double>(to - from) + 2 * kCellPad;
            if (m_y - h < m_bottom) {
                NewPage();
                TableHeader(columns, widths, size);
            }
            if (r % 2 == 1) m_canvas->FillRect(m_left, m_y - h, m_right - m_left, h, kShade);
            if (row.alert) m_canvas->FillRect(m_left, m_y - h, 2.2, h, kAlert);
            double x = m_left;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                double y = m_y - kCellPad;
                for (std::size_t k = from; k < to && k < cells[i].size(); ++k) {
                    y -= lh;
                    double w = m_canvas->Width(cells[i][k], styles[i], sizes[i]);
                    double at = AlignedX(x + kCellPad, widths[i] - 2 * kCellPad, w, columns[i].align);
                    m_canvas->Text(at, y + size * 0.25, cells[i][k], styles[i], sizes[i]);
                }
                x += widths[i];
            }
            if (rowLinks && r < rowLinks->size() && (*rowLinks)[r] >= 0) {
                m_links.push_back({m_pageIndex, PoDoFo::PdfRect(m_left, m_y - h, m_right - m_left, h), (*rowLinks)[r]});
            }
            m_y -= h;
            m_canvas->Rule(m_left, m_y, m_right, m_y, kRule, 0.3);
        }
    }
    m_y -= 10;
}

void PageDrawer::DrawBlock(const dossier::Table& t) { DrawTable(t.columns, t.rows, t.compact, nullptr, -1, &t.rows); }

void PageDrawer::ContentsEntry(const std::string& title, int page, double indent) {
    double lh = kBody * kLineHeight * 1.2;
    Ensure(lh);
    m_y -= lh;
    double baseline = m_y + kBody * 0.35;
    // The title's room does not depend on the number, so every pass lays the line out alike.
    std::string number = page >= 0 ? std::to_string(page + 1) : "";
    double nw = m_canvas->Width(number, FontStyle::Regular, kBody);
    double x = m_left + indent;
    std::string shown = m_canvas->Ellipsize(title, m_right - x - 40, FontStyle::Regular, kBody);
    m_canvas->Text(x, baseline, shown, FontStyle::Regular, kBody);
    double dotsFrom = x + m_canvas->Width(shown, FontStyle::Regular, kBody) + 4, dotsTo = m_right - nw - 4;
    double dotWidth = m_canvas->Width(" .", FontStyle::Regular, kBody);
    if (dotsTo > dotsFrom && dotWidth > 0) {
        std::string dots;
        for (int k = static_cast<int>((dotsTo - dotsFrom) / dotWidth); k > 0; --k) dots += " .";
        m_canvas->Text(dotsTo - m_canvas->Width(dots, FontStyle::Regular, kBody), baseline, dots, FontStyle::Regular,
                       kBody, kLeaderGrey);
    }
    m_canvas->Text(m_right - nw, baseline, number, FontStyle::Regular, kBody);
    if (page >= 0) m_links.push_back({m_pageIndex, PoDoFo::PdfRect(x, m_y, m_right - x, lh), page});
}

void PageDrawer::DrawBlock(const dossier::ContentsPlaceholder&) {
    auto pageOf = [&](const std::string& key) {
        auto it = m_anchors.sectionPage.find(key);
        return it == m_anchors.sectionPage.end() ? -1 : it->second;
    };
    for (const auto& s : m_d.sections) {
        if (s.title.empty() || s.key == "contents" || s.key == "cover") continue;
        ContentsEntry(s.title, pageOf(s.key), 0);
    }
    if (m_d.exhibits.empty()) return;
    m_y -= 6;
    auto first = m_anchors.exhibitPages.find(m_d.exhibits.front().number);
    ContentsEntry(m_d.texts.exhibitsBookmark, first == m_anchors.exhibitPages.end() ? -1 : first->second.first, 0);
    for (const auto& e : m_d.exhibits) {
        auto it = m_anchors.exhibitPages.find(e.number);
        std::string title = e.title.empty() ? e.label : e.label + " — " + e.title;
        ContentsEntry(title, it == m_anchors.exhibitPages.end() ? -1 : it->second.first, 14);
    }
    m_y -= 8;
}

void PageDrawer::DrawBlock(const dossier::ExhibitIndexPlaceholder&) {
    const auto& t = m_d.texts;
    std::vector<dossier::Column> columns = {{t.exhibitIndexLabel, 1.1, Align::Left},
                                            {t.exhibitIndexTitle, 2.0, Align::Left},
                                            {t.exhibitIndexDate, 0.9, Align::Left},
                                            {t.exhibitIndexPages, 0.85, Align::Right},
                                            {t.exhibitIndexSha, 2.25, Align::Left}};
    const bool bates = m_d.bates.has_value();
    if (bates) columns.insert(columns.begin() + 4, {t.exhibitIndexBates, 1.3, Align::Left});
    std::vector<dossier::TableRow> rows;
    std::vector<int> links;
    for (const auto& e : m_d.exhibits) {
        auto it = m_anchors.exhibitPages.find(e.number);
        std::string pages;
        int target = -1;
        if (it != m_anchors.exhibitPages.end()) {
            pages = PageRange(it->second.first, it->second.second);
            target = it->second.first;
        }
        std::vector<std::string> cells = {e.label, e.title, e.date, pages, e.sha256};
        if (bates) {
            // One number per line, so a range breaks at the dash rather than inside a number.
            std::string range = BatesRange(e.number).value_or("");
            if (auto dash = range.find("–"); dash != std::string::npos) range.replace(dash, std::string("–").size(), "–\n");
            cells.insert(cells.begin() + 4, range);
        }
        rows.push_back({cells, false, e.source == dossier::ExhibitSource::Unreadable});
        links.push_back(target);
    }
    DrawTable(columns, rows, true, &links, bates ? 5 : 4);
}

} // namespace reclama::pdf
