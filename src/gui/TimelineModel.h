#pragma once
// The timeline's rows behind the virtual list: every event of a case in time order, filtered by
// kind, channel, agent and text. Plain C++ so that 100,000 rows filter in milliseconds.

#include "core/Ledger.h"
#include "core/Model.h"
#include "core/Timeline.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace reclama::gui {

struct TimelineFilter {
    std::optional<core::EventKind> kind;
    std::optional<core::Channel> channel; // only contacts on this channel
    std::string agent;                    // contacts with this agent (case-insensitive); "" = any
    std::string text;                     // words that must all appear (case-insensitive)
    friend bool operator==(const TimelineFilter&, const TimelineFilter&) = default;
};

enum class RowAlert { None, Overdue, Broken };

class TimelineModel {
public:
    // Keeps a pointer to `c`, which must outlive the model or be set again.
    void SetCase(const core::Case* c, const core::Date& today);
    void SetFilter(const TimelineFilter& filter);
    const TimelineFilter& Filter() const { return m_filter; }

    std::size_t RowCount() const { return m_rows.size(); }
    std::size_t EventCount() const { return m_events.size(); }
    const core::TimelineEvent& Row(std::size_t row) const { return m_events[m_rows[row]]; }
    const core::Case* CaseShown() const { return m_case; }

    // The record a row shows (a promise-due row shows its promise).
    core::RecordRef RecordOf(const core::TimelineEvent& e) const;
    // Broken promises, and pending ones past due, are highlighted with their contact.
    RowAlert AlertOf(const core::TimelineEvent& e) const;
    // One line of text describing the event, in the case's words.
    std::string Describe(const core::TimelineEvent& e) const;
    // Row showing a record, if it passes the filter.
    std::optional<std::size_t> RowOf(core::RecordRef record) const;
    // Distinct agent names, sorted, for the agent filter.
    std::vector<std::string> Agents() const;

private:
    const std::string& Haystack(std::size_t eventIndex);
    bool Passes(std::size_t eventIndex, const std::vector<std::string>& words);

    const core::Case* m_case = nullptr;
    core::Date m_today;
    std::vector<core::TimelineEvent> m_events;
    std::vector<std::size_t> m_rows; // indices into m_events
    std::vector<std::string> m_haystacks; // case-folded text per event, built on first search
    std::unordered_map<core::RecordId, RowAlert> m_contactAlerts;
    std::vector<RowAlert> m_promiseAlerts; // by promise index
    TimelineFilter m_filter;
};

// Case-folded UTF-8 (ICU), used for every text search in the interface.
std::string FoldCase(const std::string& utf8);

} // namespace reclama::gui
