#pragma once
// Money, numbers and dates written the way each language and country writes them (ICU).
// The GUI, the CLI and the PDF all use these, so they always agree.

#include "EventTime.h"
#include "Money.h"

#include <string>

namespace reclama::core {

// A formatting locale from a language ("es", "en") and a country ("ES", "CL", "GB", "US").
struct FormatLocale {
    std::string language = "es";
    std::string country = "ES";
    std::string IcuName() const; // "es_ES"
};

// "59,80 €" (es_ES, no-break space), "$2.219.880" (es_CL), "£1,234.50" (en_GB).
std::string FormatMoney(const Money& money, const FormatLocale& locale);
// Integer with grouping: "2.219.880" / "2,219,880".
std::string FormatNumber(std::int64_t value, const FormatLocale& locale);
// One fixed format per language: es "14/01/2026", en "14 Jan 2026".
std::string FormatDate(const Date& date, const FormatLocale& locale);
// Honours precision: Day -> date only; Month -> "01/2026" / "Jan 2026"; Approximate -> "approx."
// marker ("aprox." in Spanish); otherwise date, time and UTC offset "14/01/2026 09:05 (UTC+01:00)".
std::string FormatEventTime(const EventTime& at, const FormatLocale& locale);

} // namespace reclama::core
