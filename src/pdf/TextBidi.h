#pragma once
// Right-to-left text for a PDF that has no shaping engine: ICU gives Arabic presentation forms
// and the visual (left-to-right drawing) order of a line's runs; each run keeps its logical text
// so the drawer can mark it with /ActualText and copying gives back what was typed.

#include <string>
#include <vector>

namespace reclama::pdf {

// True when `utf8` holds a strong right-to-left character (Hebrew, Arabic, ...).
bool HasRightToLeft(const std::string& utf8);

// Arabic letters replaced by their contextual presentation forms (logical order kept);
// text without Arabic is returned unchanged.
std::string ShapeArabic(const std::string& utf8);

struct VisualRun {
    std::string visual;  // glyph order to draw from left to right, shaped and mirrored
    std::string logical; // the same text as typed
    bool rightToLeft = false;
    std::size_t logicalStart = 0; // byte offset of `logical` in the line
};

// The runs of one line (no newlines) in drawing order. The paragraph direction comes from the
// line's first strong character, so an Arabic name inside Spanish text stays in place.
std::vector<VisualRun> VisualRuns(const std::string& utf8Line);

} // namespace reclama::pdf
