#pragma once
// Every event of a case in time order: contacts, promises falling due, invoices, payments,
// incidents and notes. Same instant: the order of the case file (contacts first).

#include "Model.h"

namespace reclama::core {

enum class EventKind { Contact, PromiseDue, Invoice, Payment, IncidentStart, IncidentEnd, Note };

struct TimelineEvent {
    EventKind kind;
    EventTime at;
    RecordId record = 0; // id within its kind
    std::size_t index = 0; // index in the case's vector of that kind
};

std::vector<TimelineEvent> BuildTimeline(const Case& c);
std::string_view ToString(EventKind kind);

} // namespace reclama::core
