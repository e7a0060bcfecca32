#pragma once
// What the PDF sandbox helper and its parent say to each other: the command line and the report.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reclama::evidence::sandbox {

// The helper's verdict on one file. Timeouts and crashes are seen by the parent, not reported.
enum class HelperStatus { Ok, NeedsPassword, Unreadable, TooLarge };

// One line of JSON the helper prints on stdout when it finishes.
struct HelperReport {
    HelperStatus status = HelperStatus::Unreadable;
    int pages = 0;
    bool encrypted = false;
    bool removedActiveContent = false; // scripts, actions, embedded files, XFA forms
    bool removedMetadata = false;      // document information and XMP
    bool repaired = false;             // the file was damaged and qpdf recovered it
    std::string detail;                // qpdf's technical message, for logs
};

std::string EncodeHelperReport(const HelperReport& report);

// Parses and checks a report; throws std::invalid_argument on anything malformed.
HelperReport DecodeHelperReport(std::string_view json);

// Limits the helper applies to itself with setrlimit before it opens the file.
struct HelperLimits {
    std::uint64_t cpuSeconds = 60;
    std::uint64_t memoryBytes = 1ull << 30;
    std::uint64_t outputBytes = 2ull << 30;
    std::uint64_t openFiles = 32;
    std::uint64_t maxStreamBytes = 512ull << 20; // decoded size of any one stream
};

// The helper's arguments after argv[0]: options, then input and output paths.
std::vector<std::string> HelperArguments(const HelperLimits& limits, const std::string& input,
                                         const std::string& output);

// Reads what HelperArguments wrote; throws std::invalid_argument on anything else.
struct HelperInvocation {
    HelperLimits limits;
    std::string input;
    std::string output;
};
HelperInvocation ParseHelperArguments(const std::vector<std::string>& arguments);

} // namespace reclama::evidence::sandbox
