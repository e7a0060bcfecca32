#pragma once
// Registration of the subcommands, grouped by what they work on. Each callback runs a job from
// src/jobs or a store call and prints its result.

#include <CLI/CLI.hpp>

namespace reclama::cli {

struct Context;

void RegisterCaseFileCommands(CLI::App& app, Context& context); // import, export-json
void RegisterReadCommands(CLI::App& app, Context& context);     // list, show, timeline, search, history
void RegisterEditCommands(CLI::App& app, Context& context);     // new, add, attach, edit, delete, undo
void RegisterLibraryCommands(CLI::App& app, Context& context);  // backup, restore, check
void RegisterDossierCommands(CLI::App& app, Context& context);  // export, profiles, verify, brief

} // namespace reclama::cli
