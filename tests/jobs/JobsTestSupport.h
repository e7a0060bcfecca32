#pragma once
// Test support: a temporary library with the two sample cases imported, and the poppler/qpdf
// command-line tools that open an exported PDF again.

#include "store/Library.h"

#include <filesystem>
#include <memory>
#include <string>

namespace reclama::test {

struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
};

std::filesystem::path Sample(const std::string& name); // tests/data/samples/<name>

struct SampleLibrary {
    TempDir dir;
    std::unique_ptr<store::Library> library;
    core::RecordId es = 0, cl = 0;
    SampleLibrary();
};

// Runs a command, returns its standard output; `status` gets the exit code.
std::string Shell(const std::string& command, int* status = nullptr);
std::string Quote(const std::filesystem::path& p);
std::string ReadBytes(const std::filesystem::path& p);

} // namespace reclama::test
