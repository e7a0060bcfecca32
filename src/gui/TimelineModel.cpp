// Timeline rows and their filter.
#include "TimelineModel.h"

#include "core/Format.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace reclama::gui {

using namespace core;

std::string FoldCase(const std::string& utf8) {
    std::string out;
    icu::UnicodeString::fromUTF8(utf8).foldCase().toUTF8String(out);
    return out;
}

namespace {

std::vector<std::string> SplitWords(const std::string& folded) {
    std::vector<std::string> words;
    std::istringstream in(folded);
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

RowAlert Worse(RowAlert a, RowAlert b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

} // namespace

void TimelineModel::SetCase(const core::Case* c, const Date& today) {
    m_case = c;
    m_today = today;
    m_events = c ? BuildTimeline(*c) : std::vector<TimelineEvent>{};
    m_haystacks.clear();
    m_contactAlerts.clear();
    m_promiseAlerts.clear();
    if (c) {
        m_promiseAlerts.reserve(c->promises.size());
        for (const auto& p : c->promises) {
            RowAlert alert = RowAlert::None;
            if (p.status == PromiseStatus::Broken)
                alert = RowAlert::Broken;
            else if (EvaluatePromise(p, today).overdue)
                alert = RowAlert::Overdue;
            m_promiseAlerts.push_back(alert);
            if (p.contact && alert != RowAlert::None) {
                auto& slot = m_contactAlerts[*p.contact];
                slot = Worse(slot, alert);
            }
        }
    }
    SetFilter(m_filter);
}

RecordRef TimelineModel::RecordOf(const TimelineEvent& e) const {
    switch (e.kind) {
    case EventKind::Contact: return {RecordKind::Contact, e.record};
    case EventKind::PromiseDue: return {RecordKind::Promise, e.record};
    case EventKind::Invoice: return {RecordKind::Invoice, e.record};
    case EventKind::Payment: return {RecordKind::Payment, e.record};
    case EventKind::IncidentStart:
    case EventKind::IncidentEnd: return {RecordKind::Incident, e.record};
    case EventKind::Note: return {RecordKind::Note, e.record};
    }
    return {RecordKind::Note, e.record};
}

RowAlert TimelineModel::AlertOf(const TimelineEvent& e) const {
    if (e.kind == EventKind::PromiseDue && e.index < m_promiseAlerts.size())
        return m_promiseAlerts[e.index];
    if (e.kind == EventKind::Contact) {
        auto it = m_contactAlerts.find(e.record);
        if (it != m_contactAlerts.end()) return it->second;
    }
    return RowAlert::None;
}

std::string TimelineModel::Describe(const TimelineEvent& e) const {
    const Case& c = *m_case;
    switch (e.kind) {
    case EventKind::Contact: {
        const Contact& k = c.contacts[e.index];
        return k.quote.empty() ? k.summary : k.summary + " \u00AB" + k.quote + "\u00BB";
    }
    case EventKind::PromiseDue: {
        const Promise& p = c.promises[e.index];
        return p.by.empty() ? p.text : p.by + ": " + p.text;
    }
    case EventKind::Invoice: return c.invoices[e.index].number;
    case EventKind::Payment: return c.payments[e.index].reference;
    case EventKind::IncidentStart:
    case EventKind::IncidentEnd: return c.incidents[e.index].description;
    case EventKind::Note: return c.notes[e.index].text;
    }
    return {};
}

const std::string& TimelineModel::Haystack(std::size_t i) {
    if (m_haystacks.empty()) {
        m_haystacks.resize(m_events.size());
        for (std::size_t j = 0; j < m_events.size(); ++j) {
            const TimelineEvent& e = m_events[j];
            std::string text = Describe(e);
            if (e.kind == EventKind::Contact) {
                const Contact& k = m_case->contacts[e.index];
                text += " " + k.agent + " " + k.agentId + " " + k.department + " " + k.reference;
            }
            m_haystacks[j] = FoldCase(text);
        }
    }
    return m_haystacks[i];
}

bool TimelineModel::Passes(std::size_t i, const std::vector<std::string>& words) {
    const TimelineEvent& e = m_events[i];
    if (m_filter.kind && e.kind != *m_filter.kind) return false;
    if (m_filter.channel || !m_filter.agent.empty()) {
        if (e.kind != EventKind::Contact) return false;
        const Contact& k = m_case->contacts[e.index];
        if (m_filter.channel && k.channel != *m_filter.channel) return false;
        if (!m_filter.agent.empty() && FoldCase(k.agent) != FoldCase(m_filter.agent)) return false;
    }
    if (!words.empty()) {
        const std::string& hay = Haystack(i);
        for (const auto& w : words)
            if (hay.find(w) == std::string::npos) return false;
    }
    return true;
}

void TimelineModel::SetFilter(const TimelineFilter& filter) {
    m_filter = filter;
    m_rows.clear();
    m_rows.reserve(m_events.size());
    const auto words = SplitWords(FoldCase(filter.text));
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (Passes(i, words)) m_rows.push_back(i);
}

std::optional<std::size_t> TimelineModel::RowOf(RecordRef record) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (RecordOf(m_events[m_rows[r]]) == record) return r;
    return std::nullopt;
}

std::vector<std::string> TimelineModel::Agents() const {
    std::set<std::string> seen;
    std::vector<std::string> agents;
    if (!m_case) return agents;
    for (const auto& k : m_case->contacts)
        if (!k.agent.empty() && seen.insert(FoldCase(k.agent)).second) agents.push_back(k.agent);
    std::sort(agents.begin(), agents.end());
    return agents;
}

} // namespace reclama::gui
