// PageDrawer: exhibits, each behind a separator sheet; PDF exhibits as stamped placeholder pages,
// images scaled onto a page, text and e-mail as wrapped pages.
#include "DrawPages.h"

#include "core/Error.h"

#include <cstdio>
#include <fstream>
#include <iterator>

namespace reclama::pdf {
using namespace PoDoFo;
using dossier::Align;
using dossier::ExhibitSource;

namespace {
constexpr double kBody = 10, kLineHeight = 1.25, kExhibitText = 9.5;

std::string HumanSize(std::int64_t bytes) {
    char buffer[48];
    if (bytes < 1024) std::snprintf(buffer, sizeof buffer, "%lld B", static_cast<long long>(bytes));
    else if (bytes < 1024 * 1024) std::snprintf(buffer, sizeof buffer, "%.1f KiB", bytes / 1024.0);
    else std::snprintf(buffer, sizeof buffer, "%.1f MiB", bytes / (1024.0 * 1024.0));
    return buffer;
}

std::vector<StyledLine> Plain(const std::vector<std::string>& lines, FontStyle style) {
    std::vector<StyledLine> out;
    for (const auto& l : lines) out.push_back({{l, style}});
    return out;
}
} // namespace

void PageDrawer::DrawExhibit(const dossier::Exhibit& e) {
    m_canvas->SetWhere(e.label);
    if (m_bodyPages < 0) m_bodyPages = m_pageCount;
    NewPage();
    int separator = m_pageIndex;
    DrawSeparator(e);
    auto known = m_anchors.exhibitPages.find(e.number);
    int pages = known != m_anchors.exhibitPages.end() ? known->second.second - known->second.first : 0;
    if (e.source == ExhibitSource::Pdf || e.source == ExhibitSource::Image || e.source == ExhibitSource::Text ||
        e.source == ExhibitSource::Email) {
        // Every page after the separator is stamped "p/q"; q comes from the previous pass.
        EndPage();
        m_stamp = Stamp{&e, 1, pages};
    }
    switch (e.source) {
    case ExhibitSource::Pdf:
        for (int p = 1; p <= e.pdfPageCount; ++p) {
            NewPage();
            m_canvas->PaintNamed(kExhibitPageName); // first, so stamp and footer stay on top
            m_placements.push_back({m_pageIndex, e.file, p});
        }
        break;
    case ExhibitSource::Image: DrawImage(e); break;
    case ExhibitSource::Text:
    case ExhibitSource::Email: DrawTextExhibit(e); break;
    case ExhibitSource::Other:
    case ExhibitSource::Unreadable: break;
    }
    EndPage();
    m_stamp.reset();
    m_found.exhibitPages[e.number] = {separator, m_pageCount - 1};
}

void PageDrawer::Notice(const std::string& text, FontStyle style) {
    m_y -= 10;
    Lines(Plain(m_canvas->Wrap(text, m_right - m_left, style, kBody), style), m_left, m_right - m_left, kBody,
          Align::Left);
}

void PageDrawer::DrawSeparator(const dossier::Exhibit& e) {
    const auto& t = m_d.texts;
    m_y = m_top - (m_top - m_bottom) * 0.22;
    const double labelSize = 30;
    for (const auto& line : m_canvas->Wrap(e.label, m_right - m_left, FontStyle::Bold, labelSize)) {
        m_y -= labelSize * 1.15;
        double w = m_canvas->Width(line, FontStyle::Bold, labelSize);
        m_canvas->Text(m_left + (m_right - m_left - w) / 2, m_y, line, FontStyle::Bold, labelSize);
    }
    m_y -= 14;
    Lines(Plain(m_canvas->Wrap(e.title, m_right - m_left, FontStyle::Regular, 14), FontStyle::Regular), m_left,
          m_right - m_left, 14, Align::Center);
    m_y -= 14;
    m_canvas->Rule(m_left + 60, m_y, m_right - 60, m_y, {0.7, 0.7, 0.7}, 0.5);
    m_y -= 18;

    std::vector<std::pair<std::string, std::string>> items;
    if (!e.date.empty()) items.emplace_back(t.separatorDate, e.date);
    auto known = m_anchors.exhibitPages.find(e.number);
    if (known != m_anchors.exhibitPages.end() && known->second.second > known->second.first) {
        items.emplace_back(t.separatorPages, PageRange(known->second.first + 1, known->second.second));
    }
    if (auto bates = BatesRange(e.number)) items.emplace_back(t.separatorBates, *bates);
    items.emplace_back(t.separatorFile, e.originalName);
    if (!e.mediaType.empty()) items.emplace_back(t.separatorType, e.mediaType);
    items.emplace_back(t.separatorSize, HumanSize(e.size));
    items.emplace_back(t.separatorSha, e.sha256);
    KeyValues(items, kBody);

    if (e.source == ExhibitSource::Unreadable) {
        Notice(e.problem.empty() ? t.notIncluded : t.notIncluded + ": " + e.problem, FontStyle::Bold);
    } else if (e.source == ExhibitSource::Other) {
        Notice(t.otherTypeNotice, FontStyle::Oblique);
    }
}

void PageDrawer::DrawImage(const dossier::Exhibit& e) {
    NewPage();
    if (m_mode == Mode::Measure) return; // always one page: no need to decode the image
    auto image = std::make_unique<PdfImage>(m_doc.get());
    try {
        // Stored originals have no extension: PoDoFo recognises PNG or JPEG by content.
        std::ifstream in(e.file, std::ios::binary);
        if (!in) throw Error("cannot open " + e.file.string());
        std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        image->LoadFromData(bytes.data(), static_cast<pdf_long>(bytes.size()));
    } catch (const std::exception& error) {
        std::string why = dynamic_cast<const PdfError*>(&error)
                              ? PdfError::ErrorMessage(dynamic_cast<const PdfError&>(error).GetError())
                              : error.what();
        m_warnings.push_back(e.label + " (" + e.originalName + "): the image could not be drawn: " + why);
        Notice(m_d.texts.notIncluded + ": " + e.originalName, FontStyle::Bold);
        return;
    }
    const double captionSize = 9, captionHeight = captionSize * kLineHeight * 2 + 6;
    double availW = m_right - m_left, availH = m_top - 4 - m_bottom - captionHeight;
    double scale = std::min({availW / image->GetWidth(), availH / image->GetHeight(), 1.5});
    double w = image->GetWidth() * scale, h = image->GetHeight() * scale;
    double x = m_left + (availW - w) / 2, y = m_top - 4 - h;
    m_canvas->Image(x, y, image.get(), scale, scale);
    m_canvas->StrokeRect(x, y, w, h, {0.75, 0.75, 0.75}, 0.4);
    m_y = y - 4;
    auto caption = m_canvas->Wrap(e.title, availW, FontStyle::Oblique, captionSize);
    if (caption.size() > 2) caption.resize(2);
    Lines(Plain(caption, FontStyle::Oblique), m_left, availW, captionSize, Align::Center, {0.3, 0.3, 0.3});
}

void PageDrawer::DrawTextExhibit(const dossier::Exhibit& e) {
    NewPage();
    double width = m_right - m_left;
    if (e.source == ExhibitSource::Email && !e.emailHeaders.empty()) {
        KeyValues(e.emailHeaders, kExhibitText);
        m_canvas->Rule(m_left, m_y + 2, m_right, m_y + 2, {0.7, 0.7, 0.7}, 0.5);
        m_y -= 8;
    }
    std::string text = e.text;
    for (auto& c : text)
        if (c == '\t') c = ' '; // PoDoFo would expand tabs itself, unmeasured
    Lines(Plain(m_canvas->Wrap(text, width, FontStyle::Regular, kExhibitText), FontStyle::Regular), m_left, width,
          kExhibitText, Align::Left);
    if (!e.emailAttachments.empty()) {
        m_y -= 8;
        Lines(Plain({m_d.texts.emailAttachments + ":"}, FontStyle::Bold), m_left, width, kExhibitText, Align::Left);
        for (const auto& a : e.emailAttachments) {
            Lines(Plain(m_canvas->Wrap("• " + a, width - 12, FontStyle::Regular, kExhibitText), FontStyle::Regular),
                  m_left + 12, width - 12, kExhibitText, Align::Left);
        }
    }
}

} // namespace reclama::pdf
