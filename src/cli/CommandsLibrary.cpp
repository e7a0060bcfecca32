// backup, restore, check: looking after the library as a whole.

#include "Commands.h"
#include "Context.h"
#include "store/Library.h"

namespace reclama::cli {

void RegisterLibraryCommands(CLI::App& app, Context& ctx) {
    static std::string outArg;
    auto* backup = app.add_subcommand("backup", "write a consistent copy of the whole library (safe while the app is open)");
    backup->add_option("--out", outArg, "the backup file to write (a ZIP)")->required();
    backup->callback([&ctx] { ctx.Library().Backup(outArg); });

    static std::string fileArg;
    static bool replace = false;
    auto* restore = app.add_subcommand("restore", "restore a backup into an empty library (or --replace)");
    restore->add_option("FILE", fileArg, "the backup file")->required()->check(CLI::ExistingFile);
    restore->add_flag("--replace", replace, "replace the library that is there");
    restore->callback([&ctx] { store::Library::Restore(fileArg, ctx.LibraryDir(), replace); });

    auto* check = app.add_subcommand("check", "check the database and re-hash every attachment; lists problems");
    check->callback([&ctx] {
        auto problems = ctx.Library().Check();
        for (const auto& p : problems) *ctx.out << p << "\n";
        if (!problems.empty()) throw ProblemsFound{};
    });
}

} // namespace reclama::cli
