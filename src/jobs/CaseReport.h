#pragma once
// What `show` and `timeline` report about a case, as text for people and as JSON for scripts.
// Pure functions of the case and "today", so the CLI and tests see the same figures.

#include "core/Model.h"

#include <nlohmann/json.hpp>
#include <string>

namespace reclama::jobs {

// Parties, counts, promise ledger summary, money summary, pressure figures.
nlohmann::json CaseOverviewJson(const core::Case& c, const core::Date& today);
std::string CaseOverviewText(const core::Case& c, const core::Date& today);

// Every event in time order: one JSON object / one line each.
nlohmann::json TimelineJson(const core::Case& c, const core::Date& today);
std::string TimelineText(const core::Case& c, const core::Date& today);

// A one-line description of a timeline event, e.g. "phone outgoing · Marta · INC-1 · summary".
std::string DescribeContact(const core::Contact& contact);

} // namespace reclama::jobs
