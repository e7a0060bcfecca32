#include "ContentOps.h"

#include <charconv>
#include <cmath>

namespace reclama::pdf::ops {

void Number(std::string& out, double value) {
    if (!std::isfinite(value)) value = 0;
    double rounded = std::round(value * 1000) / 1000;
    if (rounded == 0) rounded = 0; // no "-0"
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 3);
    char* end = result.ptr;
    while (end > buffer && end[-1] == '0') --end;
    if (end > buffer && end[-1] == '.') --end;
    out.append(buffer, end);
}

void Op(std::string& out, std::string_view op, std::initializer_list<double> operands) {
    for (double operand : operands) {
        Number(out, operand);
        out += ' ';
    }
    out += op;
    out += '\n';
}

void Hex(std::string& out, std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    out += '<';
    for (unsigned char c : bytes) {
        out += kDigits[c >> 4];
        out += kDigits[c & 15];
    }
    out += '>';
}

} // namespace reclama::pdf::ops
