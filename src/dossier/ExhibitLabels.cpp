#include "ExhibitLabels.h"

#include "core/TextFold.h"
#include "core/Timeline.h"

#include <algorithm>
#include <set>

namespace reclama::dossier {
namespace {

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string Label(const std::string& pattern, const core::Case& c, ExhibitNumbering numbering, int n) {
    std::string number = numbering == ExhibitNumbering::Alpha ? AlphaNumber(n) : std::to_string(n);
    std::string text = Replace(pattern, "{n}", number);
    if (text.find("{initials}") != std::string::npos) text = Replace(text, "{initials}", SignerInitials(c));
    return text;
}

} // namespace

std::string AlphaNumber(int n) {
    std::string s;
    for (; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string SignerInitials(const core::Case& c) {
    const std::string& name = c.claimant.representative.empty() ? c.claimant.name : c.claimant.representative;
    // Folded to plain letters so that "Álvaro Núñez" gives "AN", as it would be typed in a court file.
    std::string folded = core::FoldForMatch(name);
    std::string initials;
    bool start = true;
    for (char ch : folded) {
        bool letter = (ch >= 'a' && ch <= 'z');
        if (ch == ' ' || ch == '-') {
            start = true;
        } else if (start) {
            if (letter) initials += static_cast<char>(ch - 'a' + 'A');
            start = false;
        }
    }
    // One letter is not enough to tell witnesses apart, and four or more is not initials any more.
    if (initials.size() < 2 || initials.size() > 3) return "JS";
    return initials;
}

std::string ExhibitLabel(const Profile& p, const std::string& lang, const core::Case& c, int n) {
    return Label(p.In(p.exhibitLabel, lang), c, p.numbering, n);
}

std::string ExhibitStampPrefix(const Profile& p, const std::string& lang, const core::Case& c, int n) {
    return Label(p.In(p.stampPrefix, lang), c, p.numbering, n);
}

std::vector<core::RecordId> ExhibitOrder(const core::Case& c) {
    std::vector<core::RecordId> order;
    std::set<core::RecordId> seen;
    auto mention = [&](const std::vector<core::DocumentLink>& links) {
        for (const auto& l : links)
            if (c.FindDocument(l.document) && seen.insert(l.document).second) order.push_back(l.document);
    };
    for (const auto& e : core::BuildTimeline(c)) {
        if (e.kind == core::EventKind::Contact) mention(c.contacts[e.index].documents);
        if (e.kind == core::EventKind::Invoice) mention(c.invoices[e.index].documents);
        if (e.kind == core::EventKind::Payment) mention(c.payments[e.index].documents);
    }
    std::vector<const core::Document*> rest;
    for (const auto& d : c.documents)
        if (!seen.count(d.id)) rest.push_back(&d);
    std::stable_sort(rest.begin(), rest.end(), [](const core::Document* a, const core::Document* b) {
        if (a->date.has_value() != b->date.has_value()) return a->date.has_value();
        return a->date && *a->date < *b->date;
    });
    for (const auto* d : rest) order.push_back(d->id);
    return order;
}


std::string BatesPrefix(const Profile& p, const core::Case& c) {
    if (!p.bates) return "";
    return Replace(p.bates->prefix, "{initials}", SignerInitials(c));
}

} // namespace reclama::dossier
