#include "Timeline.h"

#include <algorithm>

namespace reclama::core {

std::vector<TimelineEvent> BuildTimeline(const Case& c) {
    std::vector<TimelineEvent> events;
    events.reserve(c.contacts.size() + c.promises.size() + c.invoices.size() + c.payments.size() +
                   2 * c.incidents.size() + c.notes.size());
    auto dateEvent = [&](const Date& d) {
        // A date alone stands at the start of that day in the case's zone, like a "day" contact.
        EventTime at;
        at.local = boost::posix_time::ptime(d);
        at.offsetMinutes =
            IsKnownZone(c.timezone)
                ? ZoneOffsetMinutes(c.timezone, at.local + boost::posix_time::hours(12))
                : 0;
        at.precision = Precision::Day;
        return at;
    };
    for (std::size_t i = 0; i < c.contacts.size(); ++i)
        events.push_back({EventKind::Contact, c.contacts[i].at, c.contacts[i].id, i});
    for (std::size_t i = 0; i < c.promises.size(); ++i)
        if (c.promises[i].due)
            events.push_back(
                {EventKind::PromiseDue, dateEvent(*c.promises[i].due), c.promises[i].id, i});
    for (std::size_t i = 0; i < c.invoices.size(); ++i)
        events.push_back(
            {EventKind::Invoice, dateEvent(c.invoices[i].issued), c.invoices[i].id, i});
    for (std::size_t i = 0; i < c.payments.size(); ++i)
        events.push_back({EventKind::Payment, c.payments[i].at, c.payments[i].id, i});
    for (std::size_t i = 0; i < c.incidents.size(); ++i) {
        events.push_back({EventKind::IncidentStart, c.incidents[i].from, c.incidents[i].id, i});
        if (c.incidents[i].to)
            events.push_back({EventKind::IncidentEnd, *c.incidents[i].to, c.incidents[i].id, i});
    }
    for (std::size_t i = 0; i < c.notes.size(); ++i)
        events.push_back({EventKind::Note, c.notes[i].at, c.notes[i].id, i});
    std::stable_sort(
        events.begin(), events.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return EarlierThan(a.at, b.at); });
    return events;
}

std::string_view ToString(EventKind kind) {
    switch (kind) {
    case EventKind::Contact:
        return "contact";
    case EventKind::PromiseDue:
        return "promise_due";
    case EventKind::Invoice:
        return "invoice";
    case EventKind::Payment:
        return "payment";
    case EventKind::IncidentStart:
        return "incident_start";
    case EventKind::IncidentEnd:
        return "incident_end";
    case EventKind::Note:
        return "note";
    }
    return "contact";
}

} // namespace reclama::core
