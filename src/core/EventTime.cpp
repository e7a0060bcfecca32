#include "EventTime.h"

#include "Error.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace reclama::core {
namespace {

namespace pt = boost::posix_time;
namespace gr = boost::gregorian;

const pt::ptime kEpoch(gr::date(1970, 1, 1));

bool AllDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

// ICU zones are costly to create; a case with thousands of events asks for the same one.
const icu::TimeZone* Zone(const std::string& name) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<icu::TimeZone>> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(name);
    if (it != cache.end())
        return it->second.get();
    std::unique_ptr<icu::TimeZone> zone(
        icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(name)));
    icu::UnicodeString id;
    zone->getID(id);
    if (id == icu::UnicodeString("Etc/Unknown") || name.empty())
        return nullptr;
    return cache.emplace(name, std::move(zone)).first->second.get();
}

const icu::TimeZone& RequireZone(const std::string& name, const std::string& where) {
    const icu::TimeZone* zone = Zone(name);
    if (!zone)
        throw InputError(where, "'" + name +
                                    "' is not a known time zone (IANA name such as Europe/Madrid)");
    return *zone;
}

int OffsetAt(const icu::TimeZone& zone, pt::ptime utc) {
    UDate ms = static_cast<double>((utc - kEpoch).total_milliseconds());
    int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone.getOffset(ms, false, raw, dst, status);
    return (raw + dst) / 60000;
}

// The offset of a wall-clock time in a zone; refuses one that does not exist (spring forward)
// or exists twice (fall back), because the instant would be a guess.
int ResolveLocal(const icu::TimeZone& zone, pt::ptime local, const std::string& zoneName,
                 const std::string& where, bool strict) {
    std::vector<int> candidates;
    for (int probe :
         {OffsetAt(zone, local - pt::hours(36)), OffsetAt(zone, local + pt::hours(36))}) {
        if (std::find(candidates.begin(), candidates.end(), probe) != candidates.end())
            continue;
        if (OffsetAt(zone, local - pt::minutes(probe)) == probe)
            candidates.push_back(probe);
    }
    if (candidates.size() == 1)
        return candidates.front();
    if (!strict)
        return OffsetAt(zone, local - pt::minutes(OffsetAt(zone, local)));
    std::string text = pt::to_iso_extended_string(local).substr(0, 16);
    if (candidates.empty()) {
        throw InputError(where, text + " does not exist in " + zoneName +
                                    " (the clocks jumped forward); give the UTC offset");
    }
    throw InputError(where, text + " happened twice in " + zoneName +
                                " (the clocks went back); give the UTC offset");
}

std::string Two(int v) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", v);
    return buffer;
}

std::string OffsetText(int minutes) {
    char sign = minutes < 0 ? '-' : '+';
    int m = minutes < 0 ? -minutes : minutes;
    return std::string(1, sign) + Two(m / 60) + ":" + Two(m % 60);
}

gr::date MakeDate(int y, int m, int d, std::string_view text, const std::string& where) {
    try {
        return gr::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                        static_cast<unsigned short>(d));
    } catch (const std::exception&) {
        throw InputError(where, "'" + std::string(text) + "' is not a date that exists");
    }
}

} // namespace

pt::ptime EventTime::Utc() const {
    return local - pt::minutes(offsetMinutes);
}

std::string EventTime::ToIso() const {
    const gr::date d = local.date();
    std::string date = std::to_string(d.year()) + "-" + Two(d.month()) + "-" + Two(d.day());
    if (precision == Precision::Month)
        return date.substr(0, 7);
    if (precision == Precision::Day)
        return date;
    const auto tod = local.time_of_day();
    return date + "T" + Two(static_cast<int>(tod.hours())) + ":" +
           Two(static_cast<int>(tod.minutes())) + ":" + Two(static_cast<int>(tod.seconds())) +
           OffsetText(offsetMinutes);
}

bool EarlierThan(const EventTime& a, const EventTime& b) {
    return a.Utc() < b.Utc();
}

Date ParseDate(std::string_view text, const std::string& where) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text.substr(0, 4)) ||
        !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2))) {
        throw InputError(where, "'" + std::string(text) + "' is not a date written YYYY-MM-DD");
    }
    return MakeDate(ToInt(text.substr(0, 4)), ToInt(text.substr(5, 2)), ToInt(text.substr(8, 2)),
                    text, where);
}

std::string ToIso(const Date& date) {
    return std::to_string(date.year()) + "-" + Two(date.month()) + "-" + Two(date.day());
}

EventTime ParseEventTime(std::string_view text, const std::string& zone,
                         std::optional<Precision> precision, const std::string& where) {
    auto refuse = [&]() -> EventTime {
        throw InputError(where, "'" + std::string(text) +
                                    "' is not a time written YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z], "
                                    "YYYY-MM-DD or YYYY-MM");
    };
    const icu::TimeZone& tz = RequireZone(zone, where);
    // A day or a month stands for its whole span: the offset of its noon speaks for it, because
    // midnight itself may not exist on a DST day (America/Santiago).
    auto offsetOfDay = [&](Date d) {
        return ResolveLocal(tz, pt::ptime(d, pt::hours(12)), zone, where, false);
    };
    const bool coarsen =
        precision && (*precision == Precision::Day || *precision == Precision::Month);
    EventTime result;
    bool offsetGiven = false;
    if (text.size() == 7) { // YYYY-MM
        if (text[4] != '-' || !AllDigits(text.substr(0, 4)) || !AllDigits(text.substr(5, 2)))
            return refuse();
        result.local =
            pt::ptime(MakeDate(ToInt(text.substr(0, 4)), ToInt(text.substr(5, 2)), 1, text, where));
        result.precision = Precision::Month;
        result.offsetMinutes = offsetOfDay(result.local.date());
    } else if (text.size() == 10) { // YYYY-MM-DD
        result.local = pt::ptime(ParseDate(text, where));
        result.precision = Precision::Day;
        result.offsetMinutes = offsetOfDay(result.local.date());
    } else {
        if (text.size() < 16 || text[10] != 'T' || text[13] != ':')
            return refuse();
        Date date = ParseDate(text.substr(0, 10), where);
        std::string_view rest = text.substr(11);
        if (!AllDigits(rest.substr(0, 2)) || !AllDigits(rest.substr(3, 2)))
            return refuse();
        int hour = ToInt(rest.substr(0, 2)), minute = ToInt(rest.substr(3, 2)), second = 0;
        rest = rest.substr(5);
        bool hasSeconds = false;
        if (!rest.empty() && rest[0] == ':') {
            if (rest.size() < 3 || !AllDigits(rest.substr(1, 2)))
                return refuse();
            second = ToInt(rest.substr(1, 2));
            hasSeconds = true;
            rest = rest.substr(3);
        }
        if (hour > 23 || minute > 59 || second > 59)
            return refuse();
        result.local = pt::ptime(date, pt::hours(hour) + pt::minutes(minute) + pt::seconds(second));
        if (rest.empty()) {
            // Only the date will be kept: a wall-clock time lost in a DST change does not matter.
            result.offsetMinutes =
                coarsen ? offsetOfDay(date) : ResolveLocal(tz, result.local, zone, where, true);
        } else if (rest == "Z") {
            result.offsetMinutes = 0;
            offsetGiven = true;
        } else {
            if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':' ||
                !AllDigits(rest.substr(1, 2)) || !AllDigits(rest.substr(4, 2))) {
                return refuse();
            }
            int minutes = ToInt(rest.substr(1, 2)) * 60 + ToInt(rest.substr(4, 2));
            if (minutes > 18 * 60)
                return refuse();
            // Kept as given even when it is not the case zone's: the event may have happened
            // elsewhere.
            result.offsetMinutes = rest[0] == '-' ? -minutes : minutes;
            offsetGiven = true;
        }
        result.precision = hasSeconds && second != 0 ? Precision::Exact : Precision::Minute;
    }
    if (!precision)
        return result;
    // Precision may only throw detail away: a bare date claiming "minute" would invent a time.
    auto rank = [](Precision p) { return p == Precision::Month ? 0 : p == Precision::Day ? 1 : 2; };
    if (rank(*precision) > rank(result.precision)) {
        throw InputError(where, "'" + std::string(text) + "' has no " +
                                    (result.precision == Precision::Month ? "day" : "time of day") +
                                    ", so its precision cannot be '" +
                                    std::string(ToString(*precision)) +
                                    "'; give the full time or use precision '" +
                                    std::string(ToString(result.precision)) + "'");
    }
    if (coarsen) {
        Date d = result.local.date();
        if (*precision == Precision::Month)
            d = Date(d.year(), d.month(), 1);
        result.local = pt::ptime(d);
        // Read back from its ISO text the date must give the same EventTime.
        if (!offsetGiven)
            result.offsetMinutes = offsetOfDay(d);
    }
    result.precision = *precision;
    return result;
}

long MinutesBetween(const EventTime& a, const EventTime& b) {
    return static_cast<long>((b.Utc() - a.Utc()).total_seconds() / 60);
}

int ZoneOffsetMinutes(const std::string& zone, pt::ptime utc) {
    return OffsetAt(RequireZone(zone, ""), utc);
}

bool IsKnownZone(const std::string& zone) {
    return Zone(zone) != nullptr;
}

EventTime NowIn(const std::string& zone, pt::ptime utcNow) {
    EventTime now;
    now.offsetMinutes = ZoneOffsetMinutes(zone, utcNow);
    pt::ptime local = utcNow + pt::minutes(now.offsetMinutes);
    now.local = pt::ptime(local.date(), pt::hours(local.time_of_day().hours()) +
                                            pt::minutes(local.time_of_day().minutes()));
    now.precision = Precision::Minute;
    return now;
}

std::string_view ToString(Precision p) {
    switch (p) {
    case Precision::Exact:
        return "exact";
    case Precision::Minute:
        return "minute";
    case Precision::Day:
        return "day";
    case Precision::Month:
        return "month";
    case Precision::Approximate:
        return "approximate";
    }
    return "minute";
}

std::optional<Precision> PrecisionFromString(std::string_view s) {
    for (auto p : {Precision::Exact, Precision::Minute, Precision::Day, Precision::Month,
                   Precision::Approximate}) {
        if (ToString(p) == s)
            return p;
    }
    return std::nullopt;
}

} // namespace reclama::core
