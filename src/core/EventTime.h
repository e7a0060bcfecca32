#pragma once
// When something happened: a local wall-clock time, its UTC offset, and how much of it to believe.

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace reclama::core {

using Date = boost::gregorian::date;

enum class Precision { Exact, Minute, Day, Month, Approximate };

struct EventTime {
    boost::posix_time::ptime local; // wall-clock time where it happened
    int offsetMinutes = 0;          // local - UTC, e.g. +60 for Madrid in winter
    Precision precision = Precision::Minute;

    boost::posix_time::ptime Utc() const;
    Date LocalDate() const { return local.date(); }

    // ISO-8601 text as written in the case file: "2026-01-22" for Day, "2026-01" for Month,
    // otherwise "2026-01-14T09:05:00+01:00".
    std::string ToIso() const;

    friend bool operator==(const EventTime&, const EventTime&) = default;
};

// Orders by the UTC instant (then nothing else: ties keep their input order with stable_sort).
bool EarlierThan(const EventTime& a, const EventTime& b);

// Parses "YYYY-MM-DDTHH:MM[:SS](±HH:MM|Z)?", "YYYY-MM-DD" or "YYYY-MM". Without an offset the
// time is in `zone` (IANA); a local time that does not exist or is ambiguous there is refused.
// `precision` overrides the precision implied by the text (a full timestamp with Day keeps only
// its date, and its offset when one was written); it may only drop detail: "2026-01-22" with
// Minute or Approximate, or "2026-01" with Day, is refused. Throws InputError naming `where`.
EventTime ParseEventTime(std::string_view text, const std::string& zone,
                         std::optional<Precision> precision = std::nullopt,
                         const std::string& where = "");

// Parses "YYYY-MM-DD" strictly (2026-02-30 is refused). Throws InputError naming `where`.
Date ParseDate(std::string_view text, const std::string& where = "");
std::string ToIso(const Date& date); // "2026-01-16"

// Minutes from a to b (negative if b is earlier), by UTC instants.
long MinutesBetween(const EventTime& a, const EventTime& b);

// The UTC offset, in minutes, of IANA `zone` at `utc` (ICU). Throws InputError for an unknown zone.
int ZoneOffsetMinutes(const std::string& zone, boost::posix_time::ptime utc);
bool IsKnownZone(const std::string& zone);

// An EventTime for "now" in `zone`, precision Minute (used by quick entry in the GUI and CLI).
EventTime NowIn(const std::string& zone, boost::posix_time::ptime utcNow);

std::string_view ToString(Precision p);
std::optional<Precision> PrecisionFromString(std::string_view s);

} // namespace reclama::core
