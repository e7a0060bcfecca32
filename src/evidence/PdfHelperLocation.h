#pragma once
// Where the PDF sandbox helper executable is: beside the program, in libexec, or named by the
// environment.

#include <filesystem>

namespace reclama::evidence {

inline constexpr const char* kPdfHelperName = "reclama-pdf-helper";
// Set to the helper's full path to override the search (tests, unusual installs).
inline constexpr const char* kPdfHelperEnvironmentVariable = "RECLAMA_PDF_HELPER";

// The first executable found: $RECLAMA_PDF_HELPER, then beside the running executable, then
// <executable dir>/../libexec/reclama (a relocated install), then the configured install libexec
// dir. Throws reclama::Error naming the places looked at when there is none.
std::filesystem::path FindPdfHelper();

} // namespace reclama::evidence
