// A small tag stripper: mail HTML only needs to become readable text, not be rendered.
#include "evidence/HtmlText.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

namespace reclama::evidence {
namespace {

std::string Lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::size_t FindIgnoringCase(std::string_view haystack, std::string_view needle, std::size_t from) {
    const auto it = std::search(haystack.begin() + static_cast<std::ptrdiff_t>(from),
                                haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
                                    return std::tolower(static_cast<unsigned char>(a)) ==
                                           std::tolower(static_cast<unsigned char>(b));
                                });
    return it == haystack.end() ? std::string_view::npos
                                : static_cast<std::size_t>(it - haystack.begin());
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
    }
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes the entity starting at html[pos] == '&'; returns the characters consumed (0: not one).
std::size_t DecodeEntity(std::string_view html, std::size_t pos, std::string& out) {
    const std::size_t end = html.find(';', pos);
    if (end == std::string_view::npos || end - pos > 32) {
        return 0;
    }
    const std::string_view name = html.substr(pos + 1, end - pos - 1);
    if (!name.empty() && name[0] == '#') {
        std::uint32_t cp = 0;
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) {
            return 0;
        }
        for (char c : digits) {
            int value = -1;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (hex && c >= 'a' && c <= 'f') {
                value = c - 'a' + 10;
            } else if (hex && c >= 'A' && c <= 'F') {
                value = c - 'A' + 10;
            }
            if (value < 0) {
                return 0;
            }
            cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(value),
                                         0x110000);
        }
        AppendUtf8(out, cp);
        return end - pos + 1;
    }
    static constexpr struct {
        std::string_view name;
        std::uint32_t cp;
    } kEntities[] = {
        {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
        {"apos", '\''},     {"nbsp", 0xA0},    {"euro", 0x20AC},  {"copy", 0xA9},
        {"reg", 0xAE},      {"laquo", 0xAB},   {"raquo", 0xBB},   {"ntilde", 0xF1},
        {"Ntilde", 0xD1},   {"aacute", 0xE1},  {"eacute", 0xE9},  {"iacute", 0xED},
        {"oacute", 0xF3},   {"uacute", 0xFA},  {"Aacute", 0xC1},  {"Eacute", 0xC9},
        {"Iacute", 0xCD},   {"Oacute", 0xD3},  {"Uacute", 0xDA},  {"uuml", 0xFC},
        {"iexcl", 0xA1},    {"iquest", 0xBF},  {"ordm", 0xBA},    {"ordf", 0xAA},
        {"deg", 0xB0},      {"middot", 0xB7},  {"ndash", 0x2013}, {"mdash", 0x2014},
        {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
        {"rdquo", 0x201D},
    };
    for (const auto& entity : kEntities) {
        if (entity.name == name) {
            AppendUtf8(out, entity.cp);
            return end - pos + 1;
        }
    }
    return 0;
}

bool IsBlockTag(std::string_view tag) {
    static constexpr std::string_view kBlocks[] = {"br", "p",  "div",        "tr", "li", "h1",
                                                   "h2", "h3", "h4",         "h5", "h6", "table",
                                                   "ul", "ol", "blockquote", "hr", "pre"};
    return std::find(std::begin(kBlocks), std::end(kBlocks), tag) != std::end(kBlocks);
}

// Collapses spaces and tabs inside lines, trims lines and keeps at most one blank line in a row.
std::string TidyLines(const std::string& text) {
    std::string out;
    std::string line;
    int blankRun = 0;
    auto flush = [&] {
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        if (line.empty()) {
            if (!out.empty() && blankRun == 0) {
                out.push_back('\n');
            }
            ++blankRun;
        } else {
            out += line;
            out.push_back('\n');
            blankRun = 0;
        }
        line.clear();
    };
    for (char c : text) {
        if (c == '\n') {
            flush();
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
            if (!line.empty() && line.back() != ' ') {
                line.push_back(' ');
            }
        } else {
            line.push_back(c);
        }
    }
    flush();
    while (!out.empty() && out.back() == '\n') {
        out.pop_back();
    }
    return out;
}

} // namespace

std::string HtmlToText(std::string_view html) {
    std::string text;
    text.reserve(html.size());
    std::size_t pos = 0;
    while (pos < html.size()) {
        const char c = html[pos];
        if (c == '<') {
            if (html.substr(pos, 4) == "<!--") {
                const std::size_t end = html.find("-->", pos + 4);
                pos = end == std::string_view::npos ? html.size() : end + 3;
                continue;
            }
            const std::size_t end = html.find('>', pos + 1);
            if (end == std::string_view::npos) {
                break;
            }
            std::string_view inside = html.substr(pos + 1, end - pos - 1);
            const bool closing = !inside.empty() && inside[0] == '/';
            if (closing) {
                inside.remove_prefix(1);
            }
            std::size_t nameEnd = 0;
            while (nameEnd < inside.size() &&
                   (std::isalnum(static_cast<unsigned char>(inside[nameEnd])) != 0)) {
                ++nameEnd;
            }
            const std::string name = Lower(inside.substr(0, nameEnd));
            pos = end + 1;
            if (!closing &&
                (name == "script" || name == "style" || name == "head" || name == "title")) {
                // Skip what a mail reader never shows, up to the matching closing tag.
                const std::size_t close = FindIgnoringCase(html, "</" + name, pos);
                if (close == std::string_view::npos) {
                    break;
                }
                const std::size_t closeEnd = html.find('>', close);
                pos = closeEnd == std::string_view::npos ? html.size() : closeEnd + 1;
                continue;
            }
            if (name == "br") {
                text.push_back('\n');
            } else if (IsBlockTag(name)) {
                // A block edge starts a new line once, however many edges meet there.
                const std::size_t last = text.find_last_not_of(' ');
                if (last != std::string::npos && text[last] != '\n') {
                    text.push_back('\n');
                }
            } else if (name == "td" || name == "th") {
                text.push_back(' ');
            }
            continue;
        }
        if (c == '&') {
            const std::size_t used = DecodeEntity(html, pos, text);
            if (used > 0) {
                pos += used;
                continue;
            }
        }
        text.push_back(c == '\r' || c == '\n' ? ' ' : c);
        ++pos;
    }
    // &nbsp; becomes an ordinary space so that lines tidy the same way.
    std::string spaced;
    spaced.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
            spaced.push_back(' ');
            ++i;
        } else {
            spaced.push_back(text[i]);
        }
    }
    return TidyLines(spaced);
}

} // namespace reclama::evidence
