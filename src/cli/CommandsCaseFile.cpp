// import, export-json: case interchange files (case.json with files/, or a .reclama ZIP).

#include "Commands.h"
#include "Context.h"
#include "casefile/CaseFile.h"
#include "core/Error.h"
#include "jobs/ImportJob.h"
#include "store/Library.h"

namespace reclama::cli {

void RegisterCaseFileCommands(CLI::App& app, Context& ctx) {
    static std::string fileArg;
    auto* import = app.add_subcommand("import", "import a case file (case.json, its folder, or a .reclama file); prints the new case id");
    import->add_option("FILE", fileArg, "case.json, a folder holding it, or a .reclama file")->required();
    import->callback([&ctx] {
        jobs::SilentProgress progress;
        auto result = jobs::ImportCaseFile(ctx.Library(), fileArg, progress);
        for (const auto& w : result.warnings) *ctx.err << "warning: " << w << "\n";
        *ctx.out << result.caseId << "\n";
    });

    static std::string caseArg, outArg, zipArg;
    auto* exportJson = app.add_subcommand("export-json", "write a case as a case file: --out DIR (case.json + files/) or --zip FILE.reclama");
    exportJson->add_option("CASE", caseArg, "case id or the start of its title")->required();
    auto* out = exportJson->add_option("--out", outArg, "folder to create (must not exist or be empty)");
    auto* zip = exportJson->add_option("--zip", zipArg, "the .reclama file to write");
    out->excludes(zip);
    exportJson->callback([&ctx] {
        if (outArg.empty() && zipArg.empty()) throw InputError("export-json", "give --out DIR or --zip FILE");
        auto& lib = ctx.Library();
        core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
        auto objectPathOf = [&lib](const core::Document& d) { return lib.ObjectPath(d.sha256); };
        if (!outArg.empty()) casefile::WriteCaseFile(c, objectPathOf, outArg);
        else casefile::WriteCaseZip(c, objectPathOf, zipArg);
    });
}

} // namespace reclama::cli
