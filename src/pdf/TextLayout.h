#pragma once
// Breaking text into lines that fit a width, at word boundaries (a word longer than the line is
// cut), for plain strings and for runs in several font styles. Pure: the caller measures.

#include <functional>
#include <string>
#include <vector>

namespace reclama::pdf {

enum class FontStyle { Regular, Bold, Oblique, Mono };

using MeasureFn = std::function<double(const std::string&)>;

// Explicit newlines start new lines; blank lines are kept.
std::vector<std::string> WrapText(const std::string& text, double width, const MeasureFn& measure);

// `text` cut at a character boundary and ended with "…" so that it fits `width`.
std::string EllipsizeText(const std::string& text, double width, const MeasureFn& measure);

struct StyledText {
    std::string text;
    FontStyle style = FontStyle::Regular;
};
using StyledLine = std::vector<StyledText>; // pieces of one line, in logical order
using StyledMeasureFn = std::function<double(const std::string&, FontStyle)>;

// Wraps runs of mixed styles into lines; a piece never crosses a line, adjacent pieces of one
// style are merged, and the spaces between words stay with the piece before them.
std::vector<StyledLine> WrapStyled(const std::vector<StyledText>& runs, double width,
                                   const StyledMeasureFn& measure);

// Concatenated text of a line (what a reader copies).
std::string LineText(const StyledLine& line);

} // namespace reclama::pdf
