// reclama-cli: the command-line edge of Reclama. Parses arguments (CLI11), runs the same jobs as
// the GUI, prints results on stdout and messages on stderr, and maps outcomes to exit codes.

#include "Commands.h"
#include "Context.h"
#include "core/Error.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
    using namespace reclama::cli;
    Context context;
    CLI::App app{"reclama-cli: keep the log of a dispute with a company and export its dossier.\n"
                 "Every command has --help."};
    app.set_version_flag("--version", std::string("reclama-cli ") + RECLAMA_VERSION);
    app.option_defaults()->always_capture_default();
    app.add_option("--library", context.libraryOption,
                   "case library folder (default: $RECLAMA_LIBRARY, else "
                   "$XDG_DATA_HOME/reclama, else ~/.local/share/reclama)");
    app.add_option("--as-of", context.asOf,
                   "fix 'today' (YYYY-MM-DD) for overdue promises and days elapsed; "
                   "SOURCE_DATE_EPOCH does the same");
    app.require_subcommand(1);
    app.fallthrough();

    RegisterCaseFileCommands(app, context);
    RegisterReadCommands(app, context);
    RegisterEditCommands(app, context);
    RegisterLibraryCommands(app, context);
    RegisterDossierCommands(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kExitOk : kExitUsage;
    } catch (const ProblemsFound& problems) {
        return problems.exitCode;
    } catch (const reclama::InputError& e) {
        std::cerr << "reclama-cli: " << e.what() << "\n";
        return kExitProblem;
    } catch (const reclama::Error& e) {
        std::cerr << "reclama-cli: " << e.what() << "\n";
        return kExitProblem;
    } catch (const std::exception& e) {
        std::cerr << "reclama-cli: unexpected error: " << e.what() << "\n";
        return kExitProblem;
    }
    return kExitOk;
}
