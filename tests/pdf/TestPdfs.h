#pragma once
// Test fixtures for the finishing stage: small exhibit PDFs written with qpdf, a "drawn" dossier
// shaped like the drawing stage's output (body, separators, stamped placeholders, bookmarks,
// links), and helpers that run pdftotext and qpdf on the results.

#include "pdf/RenderPlan.h"

#include <filesystem>
#include <string>
#include <vector>

namespace reclama::pdf::test {

struct SourceSpec {
    std::vector<std::string> pageTexts; // one page each, ASCII
    std::size_t noiseBytes = 0;         // incompressible image data on the first page
    std::string canary;                 // put in /Info, XMP and page metadata when not empty
};

inline SourceSpec OnePage(const std::string& text) {
    SourceSpec spec;
    spec.pageTexts = {text};
    return spec;
}

void WriteSourcePdf(const std::filesystem::path& path, const SourceSpec& spec);

struct DrawnExhibit {
    std::filesystem::path source;
    int pages = 0;
};

struct DrawnSpec {
    int bodyPages = 2;
    std::vector<DrawnExhibit> exhibits;
    std::string canary;  // in the drawn file's /Info and XMP when not empty
    bool active = false; // add JavaScript, an /OpenAction and an embedded file
};

// Writes the drawn dossier: body pages ("BODY PAGE n"; page 1 links to every separator),
// per exhibit a separator ("SEPARATOR k") and one placeholder per page ("STAMP k.j"), every page
// with "Page n of M"; bookmarks "Index" and "Exhibits" with one child per exhibit.
RenderPlan WriteDrawnPdf(const std::filesystem::path& path, const DrawnSpec& spec);

struct RunResult {
    int status = -1;
    std::string out;
};
RunResult RunCommand(const std::string& command);
std::string Quote(const std::filesystem::path& p);

// pdftotext of one page (1-based).
std::string PageText(const std::filesystem::path& pdf, int page);
// qpdf --check exit status (0: no errors or warnings).
int QpdfCheck(const std::filesystem::path& pdf);
// Every byte of the file with streams uncompressed and no object streams.
std::string UncompressedBytes(const std::filesystem::path& pdf);
int PageCount(const std::filesystem::path& pdf);
std::string ReadFile(const std::filesystem::path& p);

// A fresh empty folder under the system temp dir, removed by the destructor.
struct TempDir {
    TempDir();
    ~TempDir();
    std::filesystem::path path;
    std::filesystem::path operator/(const std::string& name) const { return path / name; }
};

} // namespace reclama::pdf::test
