#include "Brief.h"

#include "Templates.h"
#include "Texts.h"
#include "core/Format.h"
#include "core/Ledger.h"

namespace reclama::dossier {

std::string BuildBrief(const core::Case& c, const std::string& language, const core::Date& today,
                       const std::filesystem::path& templatesDir) {
    std::string lang = language.empty() ? c.language : language;
    Texts t = Texts::Load(templatesDir.empty() ? TemplatesDir() : templatesDir, lang);
    core::FormatLocale locale{lang, c.jurisdiction};
    auto pressure = core::ComputePressure(c, today);
    std::string out = t.Get("brief.title") + " — " + c.company.name + "\n";
    if (!c.company.customerNumber.empty()) {
        out += t.Fill("brief.customer", {{"value", c.company.customerNumber}}) + "\n";
    }
    for (const auto& r : c.references) {
        if (r.value == c.company.customerNumber) continue;
        out += t.Fill("brief.reference", {{"label", r.label}, {"value", r.value}}) + "\n";
    }
    out += t.Fill("brief.problem", {{"summary", c.summary}}) + "\n";
    out += t.Fill("brief.since", {{"days", std::to_string(pressure.daysUnresolved.value_or(0))},
                                  {"contacts", std::to_string(pressure.contacts)},
                                  {"agents", std::to_string(pressure.distinctAgents)},
                                  {"wait", std::to_string(pressure.totalWaitMin)}}) + "\n";
    if (!c.promises.empty()) {
        out += t.Get("brief.promises_title") + "\n";
        for (const auto& p : c.promises) {
            auto state = core::EvaluatePromise(p, today);
            std::string when;
            if (p.contact) {
                if (const auto* k = c.FindContact(*p.contact)) when = core::FormatEventTime(k->at, locale);
            }
            out += t.Fill("brief.promise",
                          {{"when", when}, {"by", p.by}, {"text", p.text},
                           {"due", p.due ? core::FormatDate(*p.due, locale) : ""},
                           {"status", t.Get("promise_status." + std::string(core::ToString(p.status)))},
                           {"late", state.daysLate ? std::to_string(*state.daysLate) : ""}}) + "\n";
        }
    }
    if (!c.remedy.empty()) out += t.Fill("brief.asking", {{"remedy", c.remedy}}) + "\n";
    return out;
}

} // namespace reclama::dossier
