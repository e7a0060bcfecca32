// export, profiles, verify, brief: the dossier and what an office checks in it.

#include "Commands.h"
#include "Context.h"
#include "core/Error.h"
#include "dossier/Brief.h"
#include "dossier/Profile.h"
#include "dossier/Templates.h"
#include "jobs/ExportJob.h"
#include "pdf/EvidencePackage.h"
#include "store/Library.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace reclama::cli {

void RegisterDossierCommands(CLI::App& app, Context& ctx) {
    static std::string caseArg, outArg, profileArg = "generic", langArg, sectionsArg, evidenceArg, splitArg;
    static bool deterministic = false, allowIncomplete = false;
    auto* exp = app.add_subcommand("export", "export the PDF dossier of a case; prints the files written");
    exp->add_option("CASE", caseArg, "case id or the start of its title")->required();
    exp->add_option("--out", outArg, "the PDF file to write")->required();
    exp->add_option("--profile", profileArg, "recipient profile (see `reclama-cli profiles`)");
    exp->add_option("--lang", langArg, "dossier language: es or en (default: the case's)");
    exp->add_option("--sections", sectionsArg, "comma-separated sections, e.g. cover,facts,chronology,exhibits");
    exp->add_option("--evidence", evidenceArg, "also write the evidence package (originals + manifest) to this ZIP");
    exp->add_option("--split", splitArg, "one PDF per exhibit plus the main document, in this folder");
    exp->add_flag("--deterministic", deterministic, "byte-identical output for identical input");
    exp->add_flag("--allow-incomplete", allowIncomplete, "exit 0 even if some exhibit's pages could not be included");
    exp->callback([&ctx] {
        auto& lib = ctx.Library();
        auto caseId = lib.ResolveCase(caseArg);
        core::Case c = lib.LoadCase(caseId);
        jobs::ExportOptions options;
        options.out = outArg;
        options.profile = profileArg;
        options.language = langArg;
        std::stringstream sections(sectionsArg);
        for (std::string key; std::getline(sections, key, ',');)
            if (!key.empty()) options.sections.push_back(key);
        if (!evidenceArg.empty()) options.evidenceZip = evidenceArg;
        if (!splitArg.empty()) options.splitDir = splitArg;
        options.deterministic = deterministic;
        options.today = ctx.Today(c.timezone);
        jobs::SilentProgress progress;
        auto result = jobs::ExportDossier(lib, caseId, options, progress);
        for (const auto& item : result.preflight) {
            *ctx.err << "pre-flight: " << (item.handle.empty() ? "" : item.handle + ": ") << item.message << "\n";
        }
        for (const auto& w : result.warnings) *ctx.err << "warning: " << w << "\n";
        for (const auto& f : result.files) *ctx.out << f.string() << "\n";
        if (result.incomplete && !allowIncomplete) {
            *ctx.err << "the dossier is incomplete: some exhibits' pages are not included (see above); "
                        "--allow-incomplete accepts that\n";
            throw ProblemsFound{};
        }
    });

    auto* profiles = app.add_subcommand("profiles", "list the recipient profiles and what each changes");
    profiles->add_flag("--json", ctx.json, "print JSON");
    profiles->callback([&ctx] {
        auto list = dossier::LoadProfiles(dossier::TemplatesDir());
        nlohmann::json array = nlohmann::json::array();
        for (const auto& p : list) {
            std::string sections;
            for (const auto& s : p.sections) sections += (sections.empty() ? "" : ",") + s;
            std::string page = p.pageSize == dossier::PageSize::A4 ? "A4" : "Letter";
            std::string label = p.In(p.exhibitLabel, p.language);
            std::string bates = p.bates ? p.bates->prefix + std::string(static_cast<std::size_t>(p.bates->digits), 'N') : "";
            if (ctx.json) {
                nlohmann::json entry = {{"name", p.name}, {"description", p.In(p.description, "en")},
                                        {"recipient", p.In(p.recipient, p.language)}, {"page_size", page},
                                        {"language", p.language}, {"exhibit_label", label},
                                        {"sections", p.sections}, {"size_cap_bytes", p.sizeCapBytes}};
                if (p.bates) entry["bates"] = {{"prefix", p.bates->prefix}, {"digits", p.bates->digits}, {"start", p.bates->start}};
                array.push_back(entry);
                continue;
            }
            *ctx.out << p.name << "\t" << p.In(p.description, "en") << "\n    page " << page
                     << ", language " << p.language << ", exhibits \"" << label << "\""
                     << (p.bates ? ", Bates numbers \"" + bates + "\"" : "")
                     << (p.sizeCapBytes ? ", at most " + std::to_string(p.sizeCapBytes / (1024 * 1024)) + " MiB per file" : "")
                     << "\n    sections: " << sections << "\n";
        }
        if (ctx.json) *ctx.out << array.dump(2) << "\n";
    });

    static std::string pdfArg, verifyEvidence;
    auto* verify = app.add_subcommand("verify", "check a dossier PDF (and its evidence package) for changes");
    verify->add_option("FILE", pdfArg, "the dossier PDF")->required()->check(CLI::ExistingFile);
    verify->add_option("--evidence", verifyEvidence, "the evidence package ZIP")->check(CLI::ExistingFile);
    verify->callback([&ctx] {
        std::optional<std::filesystem::path> zip;
        if (!verifyEvidence.empty()) zip = verifyEvidence;
        auto report = pdf::VerifyDossier(pdfArg, zip);
        for (const auto& line : report.lines) *ctx.out << line << "\n";
        if (!report.ok) throw ProblemsFound{};
    });

    static std::string briefLang;
    auto* brief = app.add_subcommand("brief", "the \"next call\" brief: what to tell a new operator");
    brief->add_option("CASE", caseArg, "case id or the start of its title")->required();
    brief->add_option("--lang", briefLang, "es or en (default: the case's)");
    brief->callback([&ctx] {
        auto& lib = ctx.Library();
        core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
        *ctx.out << dossier::BuildBrief(c, briefLang, ctx.Today(c.timezone));
    });
}

} // namespace reclama::cli
