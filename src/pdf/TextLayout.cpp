#include "TextLayout.h"

namespace reclama::pdf {
namespace {

// Length in bytes of the UTF-8 character starting at s[i].
std::size_t CharLength(const std::string& s, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 1;
    if ((c >> 5) == 6) return 2;
    if ((c >> 4) == 14) return 3;
    return 4;
}

void BreakLongWord(const std::string& word, double width, const MeasureFn& measure,
                   std::vector<std::string>& lines, std::string& current) {
    for (std::size_t i = 0; i < word.size();) {
        std::size_t n = CharLength(word, i);
        std::string piece = word.substr(i, n);
        if (!current.empty() && measure(current + piece) > width) {
            lines.push_back(current);
            current.clear();
        }
        current += piece;
        i += n;
    }
}

// One word made of pieces in possibly different styles (e.g. "**€**12").
using Word = std::vector<StyledText>;

struct LineBuilder {
    double width;
    const StyledMeasureFn& measure;
    std::vector<StyledLine> lines;
    StyledLine current;
    double currentWidth = 0;

    void Append(StyledLine& line, const StyledText& piece) {
        if (!line.empty() && line.back().style == piece.style) line.back().text += piece.text;
        else line.push_back(piece);
    }
    double WordWidth(const Word& w) const {
        double total = 0;
        for (const auto& p : w) total += measure(p.text, p.style);
        return total;
    }
    void Flush() {
        lines.push_back(std::move(current));
        current.clear();
        currentWidth = 0;
    }
    void AddWord(const Word& word) {
        double ww = WordWidth(word);
        double space = current.empty() ? 0 : measure(" ", current.back().style);
        if (!current.empty() && currentWidth + space + ww > width) Flush();
        if (current.empty() && ww > width) {
            BreakWord(word);
            return;
        }
        if (!current.empty()) {
            current.back().text += " ";
            currentWidth += space;
        }
        for (const auto& p : word) Append(current, p);
        currentWidth += ww;
    }
    void BreakWord(const Word& word) {
        for (const auto& piece : word) {
            for (std::size_t i = 0; i < piece.text.size();) {
                std::size_t n = CharLength(piece.text, i);
                StyledText ch{piece.text.substr(i, n), piece.style};
                double cw = measure(ch.text, ch.style);
                if (!current.empty() && currentWidth + cw > width) Flush();
                Append(current, ch);
                currentWidth += cw;
                i += n;
            }
        }
    }
};

} // namespace

std::vector<std::string> WrapText(const std::string& text, double width, const MeasureFn& measure) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        std::string paragraph = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!paragraph.empty() && paragraph.back() == '\r') paragraph.pop_back();
        std::string current;
        std::size_t i = 0;
        bool any = false;
        while (i < paragraph.size()) {
            std::size_t space = paragraph.find(' ', i);
            std::string word = paragraph.substr(i, space == std::string::npos ? std::string::npos : space - i);
            i = space == std::string::npos ? paragraph.size() : space + 1;
            if (word.empty()) continue;
            any = true;
            std::string candidate = current.empty() ? word : current + " " + word;
            if (measure(candidate) <= width) {
                current = candidate;
            } else if (current.empty()) {
                BreakLongWord(word, width, measure, lines, current);
            } else {
                lines.push_back(current);
                current.clear();
                if (measure(word) <= width) current = word;
                else BreakLongWord(word, width, measure, lines, current);
            }
        }
        if (!current.empty() || !any) lines.push_back(current);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

std::string EllipsizeText(const std::string& text, double width, const MeasureFn& measure) {
    if (measure(text) <= width) return text;
    std::string cut = text;
    while (!cut.empty() && measure(cut + "…") > width) {
        std::size_t at = cut.size() - 1;
        while (at > 0 && (static_cast<unsigned char>(cut[at]) & 0xC0) == 0x80) --at;
        cut.erase(at);
    }
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + "…";
}

std::vector<StyledLine> WrapStyled(const std::vector<StyledText>& runs, double width,
                                   const StyledMeasureFn& measure) {
    LineBuilder builder{width, measure, {}, {}, 0};
    Word word;
    bool lineHasContent = false;
    auto endWord = [&] {
        if (word.empty()) return;
        builder.AddWord(word);
        word.clear();
        lineHasContent = true;
    };
    for (const auto& run : runs) {
        std::size_t i = 0;
        while (i < run.text.size()) {
            std::size_t stop = run.text.find_first_of(" \n", i);
            std::string piece = run.text.substr(i, stop == std::string::npos ? std::string::npos : stop - i);
            if (!piece.empty() && piece.back() == '\r') piece.pop_back();
            if (!piece.empty()) word.push_back({piece, run.style});
            if (stop == std::string::npos) break;
            endWord();
            if (run.text[stop] == '\n') {
                builder.Flush();
                lineHasContent = false;
            }
            i = stop + 1;
        }
    }
    endWord();
    if (!builder.current.empty() || !lineHasContent) builder.Flush();
    return builder.lines;
}

std::string LineText(const StyledLine& line) {
    std::string text;
    for (const auto& piece : line) text += piece.text;
    return text;
}

} // namespace reclama::pdf
