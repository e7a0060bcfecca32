#include "Brief.h"

#include "Templates.h"
#include "Texts.h"
#include "core/Error.h"
#include "core/Format.h"
#include "core/Ledger.h"

namespace reclama::dossier {
namespace {

constexpr std::size_t kProblemChars = 170; // two lines of a card
constexpr std::size_t kAskingChars = 200;

std::size_t CodePoints(const std::string& s, std::size_t bytes) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    return n;
}

// Byte offset of the code point number `chars` (or the end).
std::size_t ByteOffset(const std::string& s, std::size_t chars) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == chars) return i;
            ++n;
        }
    }
    return s.size();
}

} // namespace

std::string ShortText(const std::string& text, std::size_t maxChars) {
    if (CodePoints(text, text.size()) <= maxChars) return text;
    // Whole sentences first: they read better than a cut.
    std::size_t end = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        char ch = text[i];
        if ((ch == '.' || ch == '!' || ch == '?') && text[i + 1] == ' ') {
            if (CodePoints(text, i + 1) > maxChars) break;
            end = i + 1;
        }
    }
    if (end > 0) return text.substr(0, end);
    std::size_t cut = ByteOffset(text, maxChars - 1);
    std::size_t space = text.rfind(' ', cut);
    if (space != std::string::npos && space > 0) cut = space;
    std::string out = text.substr(0, cut);
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) out.pop_back();
    return out + "…";
}

std::string BuildBrief(const core::Case& c, const std::string& language, const core::Date& today,
                       const std::filesystem::path& templatesDir) {
    const std::string lang = language.empty() ? c.language : language;
    if (lang != "es" && lang != "en") throw InputError("--lang", "the brief can be written in es or en, not '" + lang + "'");
    if (today.is_special()) throw InputError("today", "the brief needs today's date (--as-of)");
    Texts t = Texts::Load(templatesDir.empty() ? TemplatesDir() : templatesDir, lang);
    const core::FormatLocale locale{lang, c.jurisdiction};
    const auto pressure = core::ComputePressure(c, today);

    std::string out = t.Get("brief.title") + " — " + c.company.name + "\n";
    if (!c.company.customerNumber.empty()) {
        out += t.Fill("brief.customer", {{"value", c.company.customerNumber}}) + "\n";
    }
    for (const auto& r : c.references) {
        if (r.value == c.company.customerNumber) continue;
        out += t.Fill("brief.reference", {{"label", r.label}, {"value", r.value}}) + "\n";
    }
    if (!c.summary.empty()) out += t.Fill("brief.problem", {{"summary", ShortText(c.summary, kProblemChars)}}) + "\n";
    if (pressure.daysUnresolved) {
        out += t.Fill("brief.since", {{"days", std::to_string(*pressure.daysUnresolved)},
                                      {"contacts", std::to_string(pressure.contacts)},
                                      {"agents", std::to_string(pressure.distinctAgents)},
                                      {"wait", std::to_string(pressure.totalWaitMin)}}) + "\n";
    }
    if (!c.promises.empty()) {
        out += t.Get("brief.promises_title") + "\n";
        for (const auto& p : c.promises) {
            const auto state = core::EvaluatePromise(p, today);
            std::string when;
            if (p.contact) {
                if (const auto* k = c.FindContact(*p.contact)) when = core::FormatDate(k->at.LocalDate(), locale);
            }
            out += t.Fill("brief.promise",
                          {{"when", when}, {"by", p.by}, {"text", p.text},
                           {"due", p.due ? core::FormatDate(*p.due, locale) : ""},
                           {"status", t.Get("promise_status." + std::string(core::ToString(p.status)))},
                           {"late", state.daysLate ? std::to_string(*state.daysLate) : ""}}) + "\n";
        }
    }
    if (!c.remedy.empty()) out += t.Fill("brief.asking", {{"remedy", ShortText(c.remedy, kAskingChars)}}) + "\n";
    return out;
}

} // namespace reclama::dossier
