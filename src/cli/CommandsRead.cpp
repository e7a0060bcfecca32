// list, show, timeline, search, history: reading the library.

#include "Commands.h"
#include "Context.h"
#include "jobs/CaseReport.h"
#include "store/Library.h"

#include <nlohmann/json.hpp>

namespace reclama::cli {

void RegisterReadCommands(CLI::App& app, Context& ctx) {
    auto* list = app.add_subcommand("list", "list the cases in the library");
    list->add_flag("--json", ctx.json, "print JSON");
    list->callback([&ctx] {
        auto cases = ctx.Library().ListCases();
        if (ctx.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& c : cases) {
                array.push_back({{"id", c.id}, {"title", c.title}, {"status", core::ToString(c.status)},
                                 {"company", c.company}, {"jurisdiction", c.jurisdiction},
                                 {"currency", c.currency}, {"contacts", c.contacts},
                                 {"broken_promises", c.brokenPromises}, {"last_activity", c.lastActivity}});
            }
            *ctx.out << array.dump(2) << "\n";
            return;
        }
        for (const auto& c : cases) {
            *ctx.out << c.id << "\t" << core::ToString(c.status) << "\t" << c.title << "\t" << c.company
                     << "\t" << c.contacts << " contacts, " << c.brokenPromises << " broken promises\n";
        }
    });

    static std::string caseArg;
    auto* show = app.add_subcommand("show", "parties, counts, promise ledger and money summary of a case");
    show->add_option("CASE", caseArg, "case id or the start of its title")->required();
    show->add_flag("--json", ctx.json, "print JSON");
    show->callback([&ctx] {
        auto& lib = ctx.Library();
        core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
        auto today = ctx.Today(c.timezone);
        if (ctx.json) *ctx.out << jobs::CaseOverviewJson(c, today).dump(2) << "\n";
        else *ctx.out << jobs::CaseOverviewText(c, today);
    });

    auto* timeline = app.add_subcommand("timeline", "every event of a case in time order");
    timeline->add_option("CASE", caseArg, "case id or the start of its title")->required();
    timeline->add_flag("--json", ctx.json, "print JSON");
    timeline->callback([&ctx] {
        auto& lib = ctx.Library();
        core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
        auto today = ctx.Today(c.timezone);
        if (ctx.json) *ctx.out << jobs::TimelineJson(c, today).dump(2) << "\n";
        else *ctx.out << jobs::TimelineText(c, today);
    });

    static std::vector<std::string> words;
    auto* search = app.add_subcommand("search", "find words across all cases (accents and case ignored)");
    search->add_option("TEXT", words, "plain words")->required();
    search->add_flag("--json", ctx.json, "print JSON");
    search->callback([&ctx] {
        std::string text;
        for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
        auto hits = ctx.Library().Search(text);
        if (ctx.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& h : hits) {
                array.push_back({{"case", h.caseId}, {"title", h.caseTitle}, {"record", h.handle},
                                 {"snippet", h.snippet}});
            }
            *ctx.out << array.dump(2) << "\n";
            return;
        }
        for (const auto& h : hits) {
            *ctx.out << h.caseId << "\t" << h.handle << "\t" << h.caseTitle << "\n    " << h.snippet << "\n";
        }
    });

    static std::string recordArg;
    auto* history = app.add_subcommand("history", "every change of a case (or of one record), with old and new values");
    history->add_option("CASE", caseArg, "case id or the start of its title")->required();
    history->add_option("--record", recordArg, "only this record, e.g. c12");
    history->add_flag("--json", ctx.json, "print JSON");
    history->callback([&ctx] {
        auto& lib = ctx.Library();
        auto caseId = lib.ResolveCase(caseArg);
        auto entries = recordArg.empty() ? lib.History(caseId) : lib.RecordHistory(recordArg);
        nlohmann::json array = nlohmann::json::array();
        for (const auto& e : entries) {
            if (e.caseId != caseId) continue;
            if (ctx.json) {
                nlohmann::json changes = nlohmann::json::array();
                for (const auto& [field, before, after] : e.changes) {
                    changes.push_back({{"field", field}, {"old", before}, {"new", after}});
                }
                array.push_back({{"at", e.at}, {"record", e.handle}, {"action", e.action}, {"changes", changes}});
                continue;
            }
            *ctx.out << e.at << "  " << e.action << " " << e.handle << "\n";
            for (const auto& [field, before, after] : e.changes) {
                if (field == "id" || field == "case_id") continue;
                *ctx.out << "    " << field << ": " << (before.empty() ? "∅" : before) << " → "
                         << (after.empty() ? "∅" : after) << "\n";
            }
        }
        if (ctx.json) *ctx.out << array.dump(2) << "\n";
    });
}

} // namespace reclama::cli
