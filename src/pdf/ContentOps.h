#pragma once
// PDF content-stream operators written straight into a string: numbers with std::to_chars (at
// most three decimals, trailing zeros dropped) and glyph codes as hex. PoDoFo's painter formats
// every number through a locale-aware ostream, which was most of the time spent drawing a
// thousand-page dossier.

#include <string>
#include <string_view>

namespace reclama::pdf::ops {

// "12.5", "-3", "0.333": enough for points on a page, never an exponent.
void Number(std::string& out, double value);

// Numbers separated by spaces, then the operator and a newline: Op(out, "re", {x, y, w, h}).
void Op(std::string& out, std::string_view op, std::initializer_list<double> operands);

// "<0041004200C3>" for the bytes of an encoded string.
void Hex(std::string& out, std::string_view bytes);

} // namespace reclama::pdf::ops
