#include "Writer.h"

#include "ExhibitLabels.h"
#include "core/Error.h"

namespace reclama::dossier {

std::string Writer::WhenPhrase(const core::EventTime& at, bool startOfSentence) const {
    std::map<std::string, std::string> v;
    const std::string date = Day(at.LocalDate());
    switch (at.precision) {
    case core::Precision::Month: v["month"] = When(at); break;
    case core::Precision::Day: v["date"] = date; break;
    case core::Precision::Exact:
    case core::Precision::Minute:
    case core::Precision::Approximate: {
        // The core formatter writes "[aprox. ]<date> <time> (UTC+hh:mm)": the time is what follows
        // the date, so the sentence can say "a las" without formatting the time a second time.
        const std::string full = When(at);
        const std::size_t pos = full.find(date);
        v["date"] = date;
        if (pos != std::string::npos && pos + date.size() + 1 < full.size()) {
            v["time"] = full.substr(pos + date.size() + 1);
        }
        if (at.precision == core::Precision::Approximate) v["approx"] = "1";
        break;
    }
    }
    return t.Fill(startOfSentence ? "when_start" : "when_mid", v);
}

std::string Writer::DayPhrase(const core::Date& d, bool startOfSentence) const {
    return t.Fill(startOfSentence ? "when_start" : "when_mid", {{"date", Day(d)}});
}

std::string Writer::Cites(const std::vector<core::DocumentLink>& links) const {
    std::string out;
    for (const auto& l : links) {
        auto it = exhibitNumber.find(l.document);
        if (it == exhibitNumber.end()) continue;
        std::string label = ExhibitStampPrefix(profile, lang, c, it->second);
        std::string one = l.page ? t.Fill("exhibit_ref_page", {{"label", label}, {"page", std::to_string(*l.page)}})
                                 : t.Fill("exhibit_ref", {{"label", label}});
        out += (out.empty() ? "" : "; ") + one;
    }
    return out;
}

std::string Writer::ChannelName(core::Channel ch) const { return t.Get("channels." + std::string(core::ToString(ch))); }
std::string Writer::DirectionName(core::Direction d) const {
    return t.Get("directions." + std::string(core::ToString(d)));
}
std::string Writer::StatusName(core::PromiseStatus s) const {
    return t.Get("promise_status." + std::string(core::ToString(s)));
}
std::string Writer::PaymentKindName(core::PaymentKind k) const {
    return t.Get("payment_kinds." + std::string(core::ToString(k)));
}

std::string Writer::Agent(const core::Contact& k) const {
    if (k.agent.empty()) return k.agentId;
    return k.agent + (k.agentId.empty() ? "" : " (" + k.agentId + ")");
}

std::vector<const core::Promise*> Writer::PromisesOf(core::RecordId contact) const {
    std::vector<const core::Promise*> out;
    for (const auto& p : c.promises)
        if (p.contact && *p.contact == contact) out.push_back(&p);
    return out;
}

const core::Contact* Writer::AnswerTo(core::RecordId complaint) const {
    const core::Contact* first = nullptr;
    for (const auto& k : c.contacts) {
        if (k.replyTo && *k.replyTo == complaint && (!first || core::EarlierThan(k.at, first->at))) first = &k;
    }
    return first;
}

std::vector<Column> Writer::Columns(const std::string& key, const std::vector<double>& weights,
                                    const std::vector<Align>& aligns) const {
    auto titles = t.List(key);
    if (titles.size() != weights.size()) {
        throw InputError("texts/" + lang + ".json: /" + key,
                         "needs " + std::to_string(weights.size()) + " column titles, has " +
                             std::to_string(titles.size()));
    }
    std::vector<Column> columns;
    for (std::size_t i = 0; i < titles.size(); ++i) columns.push_back({titles[i], weights[i], aligns[i]});
    return columns;
}

Paragraph TextParagraph(const std::string& text, ParagraphStyle style, Align align) {
    return Paragraph{{TextRun{text}}, style, align, ""};
}

Paragraph BoldParagraph(const std::string& text) {
    return Paragraph{{TextRun{text, true}}, ParagraphStyle::Body, Align::Left, ""};
}

std::string Sentence(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    if (text.empty()) return text;
    static const std::string kEnds[] = {".", "!", "?", "…", "»", "”", ")", "\""};
    for (const auto& end : kEnds) {
        if (text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0) {
            // A closing quote or bracket after a full stop already ends the sentence.
            if (end == "." || end == "!" || end == "?" || end == "…") return text;
            std::string inner = text.substr(0, text.size() - end.size());
            if (!inner.empty() && (inner.back() == '.' || inner.back() == '!' || inner.back() == '?')) return text;
            return text + ".";
        }
    }
    return text + ".";
}

std::string TidyStops(std::string text) {
    for (std::size_t at = text.find(".."); at != std::string::npos; at = text.find("..", at + 1)) {
        if (at + 2 < text.size() && text[at + 2] == '.') { // an ellipsis stays
            at += 2;
            continue;
        }
        if (at > 0 && text[at - 1] == '.') continue;
        text.erase(at, 1);
    }
    return text;
}

} // namespace reclama::dossier
