#pragma once
// Breaking text into lines that fit a width, at word boundaries (a word longer than the line is
// cut). Pure: the caller supplies how wide a piece of text is.

#include <functional>
#include <string>
#include <vector>

namespace reclama::pdf {

using MeasureFn = std::function<double(const std::string&)>;

// Explicit newlines start new lines; blank lines are kept.
std::vector<std::string> WrapText(const std::string& text, double width, const MeasureFn& measure);

} // namespace reclama::pdf
