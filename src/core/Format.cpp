#include "Format.h"

#include "Error.h"

#include <unicode/decimfmt.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdio>
#include <map>
#include <memory>

namespace reclama::core {
namespace {

constexpr std::array<const char*, 12> kEnglishMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string Two(int v) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", v);
    return buffer;
}

bool IsEnglish(const FormatLocale& locale) {
    return locale.language == "en";
}

std::string ToUtf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string FormatWith(icu::NumberFormat& format, const std::string& decimal) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Formattable value;
    value.setDecimalNumber(decimal, status);
    icu::UnicodeString text;
    format.format(value, text, status);
    if (U_FAILURE(status))
        throw Error("cannot format the number " + decimal);
    return ToUtf8(text);
}

} // namespace

std::string FormatLocale::IcuName() const {
    return language + "_" + country;
}

std::string FormatMoney(const Money& money, const FormatLocale& locale) {
    // Building an ICU formatter costs far more than using one, and a dossier or a list pane
    // formats thousands of amounts in a handful of locales: keep one per locale and currency.
    thread_local std::map<std::string, std::unique_ptr<icu::NumberFormat>> cache;
    const std::string key = locale.IcuName() + "|" + money.currency;
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int digits = CurrencyDigits(money.currency);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::NumberFormat> format(icu::NumberFormat::createCurrencyInstance(
            icu::Locale(locale.IcuName().c_str()), status));
        if (U_FAILURE(status))
            throw Error("no currency format for " + locale.IcuName());
        icu::UnicodeString code = icu::UnicodeString::fromUTF8(money.currency);
        format->setCurrency(code.getTerminatedBuffer(), status);
        if (U_FAILURE(status))
            throw Error("cannot format amounts in " + money.currency);
        // The currency's own decimals, not the locale's: CLP in en_US still has none.
        format->setMinimumFractionDigits(digits);
        format->setMaximumFractionDigits(digits);
        it = cache.emplace(key, std::move(format)).first;
    }
    return FormatWith(*it->second, ToCanonical(money));
}

std::string FormatNumber(std::int64_t value, const FormatLocale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(
        icu::NumberFormat::createInstance(icu::Locale(locale.IcuName().c_str()), status));
    if (U_FAILURE(status))
        throw Error("no number format for " + locale.IcuName());
    return FormatWith(*format, std::to_string(value));
}

std::string FormatDate(const Date& date, const FormatLocale& locale) {
    if (date.is_special())
        return "";
    if (IsEnglish(locale)) {
        return std::to_string(date.day()) + " " + kEnglishMonths[date.month() - 1] + " " +
               std::to_string(date.year());
    }
    return Two(date.day()) + "/" + Two(date.month()) + "/" + std::to_string(date.year());
}

std::string FormatEventTime(const EventTime& at, const FormatLocale& locale) {
    if (at.local.is_special())
        return "";
    const Date date = at.local.date();
    if (at.precision == Precision::Month) {
        return IsEnglish(locale) ? std::string(kEnglishMonths[date.month() - 1]) + " " +
                                       std::to_string(date.year())
                                 : Two(date.month()) + "/" + std::to_string(date.year());
    }
    if (at.precision == Precision::Day)
        return FormatDate(date, locale);
    const auto tod = at.local.time_of_day();
    int offset = at.offsetMinutes < 0 ? -at.offsetMinutes : at.offsetMinutes;
    std::string text = FormatDate(date, locale) + " " + Two(static_cast<int>(tod.hours())) + ":" +
                       Two(static_cast<int>(tod.minutes())) + " (UTC" +
                       (at.offsetMinutes < 0 ? "-" : "+") + Two(offset / 60) + ":" +
                       Two(offset % 60) + ")";
    if (at.precision == Precision::Approximate) {
        text = (IsEnglish(locale) ? "approx. " : "aprox. ") + text;
    }
    return text;
}

} // namespace reclama::core
