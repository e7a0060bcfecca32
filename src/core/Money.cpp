#include "Money.h"

#include "Error.h"

#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace reclama::core {
namespace {

bool IsAsciiUpper3(std::string_view code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

void RequireSameCurrency(const Money& a, const Money& b) {
    if (a.currency != b.currency) {
        throw Error("cannot add amounts in " + a.currency + " and " + b.currency);
    }
}

} // namespace

bool IsKnownCurrency(std::string_view currency) {
    if (!IsAsciiUpper3(currency))
        return false;
    icu::UnicodeString code = icu::UnicodeString::fromUTF8(
        icu::StringPiece(currency.data(), static_cast<int32_t>(currency.size())));
    UErrorCode status = U_ZERO_ERROR;
    // A code ICU has never heard of gets the "not a currency" answer from ucurr_isAvailable
    // for every date range.
    return ucurr_isAvailable(code.getTerminatedBuffer(), -8.64e15, 8.64e15, &status) &&
           U_SUCCESS(status);
}

int CurrencyDigits(std::string_view currency) {
    if (!IsKnownCurrency(currency)) {
        throw InputError("", "'" + std::string(currency) + "' is not an ISO 4217 currency code");
    }
    icu::UnicodeString code = icu::UnicodeString::fromUTF8(
        icu::StringPiece(currency.data(), static_cast<int32_t>(currency.size())));
    UErrorCode status = U_ZERO_ERROR;
    int32_t digits = ucurr_getDefaultFractionDigits(code.getTerminatedBuffer(), &status);
    if (U_FAILURE(status)) {
        throw InputError("", "no decimals known for currency " + std::string(currency));
    }
    return digits;
}

Money ParseAmount(std::string_view text, std::string_view currency, const std::string& where) {
    const int digits = CurrencyDigits(currency);
    auto refuse = [&](const std::string& why) -> Money {
        throw InputError(where, "'" + std::string(text) + "' is not an amount: " + why);
    };
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == '-') {
        negative = true;
        ++i;
    }
    std::size_t intStart = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    std::size_t intLen = i - intStart;
    if (intLen == 0)
        return refuse("write it as digits with an optional '.' and decimals, e.g. 39.90");
    std::string_view fraction;
    if (i < text.size() && text[i] == '.') {
        ++i;
        std::size_t fracStart = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        fraction = text.substr(fracStart, i - fracStart);
        if (fraction.empty())
            return refuse("decimals are missing after '.'");
    }
    if (i != text.size()) {
        return refuse("write it as digits with an optional '.' and decimals, e.g. 39.90");
    }
    if (static_cast<int>(fraction.size()) > digits) {
        return refuse(std::string(currency) + " has " + std::to_string(digits) + " decimals");
    }
    std::int64_t minor = 0;
    auto push = [&](char ch) {
        if (__builtin_mul_overflow(minor, 10, &minor) ||
            __builtin_add_overflow(minor, ch - '0', &minor)) {
            refuse("too large");
        }
    };
    for (char ch : text.substr(intStart, intLen))
        push(ch);
    for (int d = 0; d < digits; ++d)
        push(d < static_cast<int>(fraction.size()) ? fraction[d] : '0');
    return Money{negative ? -minor : minor, std::string(currency)};
}

std::string ToCanonical(const Money& money) {
    const int digits = CurrencyDigits(money.currency);
    std::uint64_t magnitude = money.minor < 0 ? 0 - static_cast<std::uint64_t>(money.minor)
                                              : static_cast<std::uint64_t>(money.minor);
    std::string text = std::to_string(magnitude);
    if (digits > 0) {
        if (text.size() <= static_cast<std::size_t>(digits)) {
            text.insert(0, static_cast<std::size_t>(digits) + 1 - text.size(), '0');
        }
        text.insert(text.size() - digits, ".");
    }
    return (money.minor < 0 ? "-" : "") + text;
}

Money operator+(const Money& a, const Money& b) {
    RequireSameCurrency(a, b);
    Money sum{0, a.currency};
    if (__builtin_add_overflow(a.minor, b.minor, &sum.minor))
        throw Error("amount too large in " + a.currency);
    return sum;
}

Money operator-(const Money& a, const Money& b) {
    RequireSameCurrency(a, b);
    Money difference{0, a.currency};
    if (__builtin_sub_overflow(a.minor, b.minor, &difference.minor)) {
        throw Error("amount too large in " + a.currency);
    }
    return difference;
}

} // namespace reclama::core
