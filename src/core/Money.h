#pragma once
// Money as an integer count of minor units plus its ISO 4217 code; never floating point.

#include <cstdint>
#include <string>
#include <string_view>

namespace reclama::core {

struct Money {
    std::int64_t minor = 0; // e.g. cents for EUR, pesos for CLP
    std::string currency;   // ISO 4217, e.g. "EUR"

    friend bool operator==(const Money&, const Money&) = default;
};

// Number of decimals of an ISO 4217 currency (EUR 2, CLP 0), from ICU. Throws InputError for
// an unknown code.
int CurrencyDigits(std::string_view currency);

// True for a known ISO 4217 code.
bool IsKnownCurrency(std::string_view currency);

// Parses a decimal string "-?digits(.digits)?" with at most the currency's decimals.
// Refuses "1e5", "12,3", "+5", "39.999" (EUR), empty strings. `where` names the field.
Money ParseAmount(std::string_view text, std::string_view currency, const std::string& where = "");

// Canonical decimal string with exactly the currency's decimals: "45.90", "2219880", "-1.20".
std::string ToCanonical(const Money& money);

Money operator+(const Money& a, const Money& b);
Money operator-(const Money& a, const Money& b);

} // namespace reclama::core
