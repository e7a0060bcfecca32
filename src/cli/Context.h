#pragma once
// What every subcommand needs: the chosen library, "today", output mode, and the streams.

#include "core/EventTime.h"

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace reclama::store { class Library; }

namespace reclama::cli {

struct Context {
    std::string libraryOption; // --library
    std::string asOf;          // --as-of
    bool json = false;         // --json on read commands
    std::ostream* out;         // results
    std::ostream* err;         // messages

    std::filesystem::path LibraryDir() const;
    store::Library& Library(); // opened (and created) on first use
    core::Date Today(const std::string& zone = "UTC") const;

    Context();
    ~Context();

private:
    std::unique_ptr<store::Library> m_library;
};

// Exit codes of cli.md: 0 success, 1 the command ran and found a problem, 2 usage error.
constexpr int kExitOk = 0;
constexpr int kExitProblem = 1;
constexpr int kExitUsage = 2;

// Thrown by a command that printed its own findings and must exit 1 (check, verify, export
// incomplete).
struct ProblemsFound {
    int exitCode = kExitProblem;
};

} // namespace reclama::cli
