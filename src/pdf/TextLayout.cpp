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

} // namespace reclama::pdf
