// Export speed on big dossiers: 200 exhibit PDFs x 5 pages (1,000 pages) plus a 500-event
// chronology, then 5,000 exhibit pages; beside each, qpdf's own merge of the same files.
// Prints the figures with their goals; never run by ctest.

#include "dossier/DossierBuilder.h"
#include "dossier/Templates.h"
#include "pdf/DrawDossier.h"
#include "pdf/FinishDossier.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <utility>
#include <vector>

using namespace reclama;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point from) {
    return std::chrono::duration<double>(Clock::now() - from).count();
}

void WriteExhibit(const fs::path& file, int number) {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* font = doc.CreateFont("Helvetica");
    for (int p = 1; p <= 5; ++p) {
        PoDoFo::PdfPage* page =
            doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
        PoDoFo::PdfPainter painter;
        painter.SetPage(page);
        font->SetFontSize(12);
        painter.SetFont(font);
        for (int line = 0; line < 40; ++line) {
            std::string text = "Exhibit " + std::to_string(number) + " page " + std::to_string(p) +
                               " line " + std::to_string(line) + " lorem ipsum dolor sit amet";
            painter.DrawText(60, 780 - line * 18, text.c_str());
        }
        painter.FinishPage();
    }
    doc.Write(file.c_str());
}

core::Case MakeCase(int events, int documents) {
    core::Case c;
    c.title = "Benchmark case";
    c.currency = "EUR";
    c.timezone = "Europe/Madrid";
    c.claimant.name = "Lucía Martín";
    c.company.name = "Conecta Telecom";
    for (int d = 1; d <= documents; ++d) {
        core::Document doc;
        doc.id = d;
        doc.title = "Factura " + std::to_string(d);
        doc.originalName = "factura-" + std::to_string(d) + ".pdf";
        doc.sha256 = std::string(64, 'a');
        doc.size = 4000;
        doc.mediaType = "application/pdf";
        c.documents.push_back(doc);
    }
    for (int i = 0; i < events; ++i) {
        core::Contact k;
        k.id = i + 1;
        char at[40];
        std::snprintf(at, sizeof at, "2026-%02d-%02dT10:%02d:00+01:00", 1 + (i / 28) % 12,
                      1 + i % 28, i % 60);
        k.at = core::ParseEventTime(at, c.timezone);
        k.agent = "Agente " + std::to_string(i % 30);
        k.reference = "INC-" + std::to_string(100000 + i);
        k.summary = "Llamada número " + std::to_string(i) +
                    ": la línea sigue sin servicio y se promete una visita técnica.";
        if (i < documents)
            k.documents.push_back({i + 1, std::nullopt});
        c.contacts.push_back(k);
    }
    return c;
}

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Run {
    double drawSeconds, finishSeconds, qpdfSeconds;
    int pages;
    double Export() const { return drawSeconds + finishSeconds; }
};

Run Measure(const fs::path& dir, int documents, int events, int repeats, bool usePrefetch = true) {
    std::vector<fs::path> files;
    for (int d = 1; d <= documents; ++d) {
        fs::path f = dir / ("exhibit-" + std::to_string(d) + ".pdf");
        if (!fs::exists(f))
            WriteExhibit(f, d);
        files.push_back(f);
    }
    core::Case c = MakeCase(events, documents);
    auto profile = dossier::FindProfile(dossier::TemplatesDir(), "generic");
    dossier::BuildOptions options;
    options.language = "es";
    options.today = core::Date(2026, 12, 1);
    for (int d = 1; d <= documents; ++d) {
        dossier::ExhibitSourceInfo info;
        info.source = dossier::ExhibitSource::Pdf;
        info.file = files[static_cast<std::size_t>(d - 1)];
        info.pdfPageCount = 5;
        options.exhibits[d] = info;
    }
    // Each figure is the median of `repeats` runs, export and qpdf taking turns, so that a busy
    // moment of the machine moves neither alone.
    std::vector<double> draws, finishes, qpdfs;
    int pages = 0;
    for (int run = 0; run < repeats; ++run) {
        auto start = Clock::now();
        auto doc = dossier::BuildDossier(c, profile, options);
        std::optional<pdf::ExhibitPrefetch> prefetch; // as the export job does
        if (usePrefetch) prefetch.emplace(files);
        auto plan = pdf::DrawDossier(doc, dir / "drawn.pdf");
        draws.push_back(Seconds(start));
        pages = plan.totalPages;
        pdf::FinishOptions finish;
        finish.out = dir / "dossier.pdf";
        finish.title = doc.title;
        finish.manifestJson = doc.manifestJson;
        finish.fixedEpoch = 0;
        finish.prefetch = prefetch ? &*prefetch : nullptr;
        // Where the finishing time goes: seconds from the start to the first report of each step.
        std::vector<std::pair<std::string, double>> steps;
        finish.progress = [&](double, const std::string& message) {
            if (steps.empty() || steps.back().first != message)
                steps.emplace_back(message, Seconds(start));
        };
        start = Clock::now();
        pdf::FinishDossier(plan, finish);
        finishes.push_back(Seconds(start));
        if (run == 0) {
            std::printf("  finish steps:");
            for (const auto& [message, at] : steps)
                std::printf(" %s @%.2f s;", message.c_str(), at);
            std::printf(" end @%.2f s\n", finishes.back());
        }

        std::string command = "qpdf --empty --pages";
        for (const auto& f : files)
            command += " '" + f.string() + "'";
        command += " -- '" + (dir / "qpdf.pdf").string() + "'";
        start = Clock::now();
        int rc = std::system(command.c_str());
        qpdfs.push_back(Seconds(start));
        if (rc != 0)
            std::fprintf(stderr, "qpdf failed (%d)\n", rc);
    }
    return {Median(draws), Median(finishes), Median(qpdfs), pages};
}

void Print(const char* what, const Run& run, double goal) {
    std::printf("%s (%d pages, medians): export %.2f s (goal < %.0f s) = build+draw %.2f s + finish %.2f s; "
                "qpdf --empty --pages on the same files %.2f s; finish/qpdf %.2fx, export/qpdf "
                "%.2fx (goal <= 3x)\n",
                what, run.pages, run.Export(), goal, run.drawSeconds, run.finishSeconds,
                run.qpdfSeconds, run.finishSeconds / run.qpdfSeconds,
                run.Export() / run.qpdfSeconds);
}

} // namespace

int main(int argc, char** argv) {
    // "--small": only the 1,000-page case (for profiling).
    const bool smallOnly = argc > 1 && std::string(argv[1]) == "--small";
    fs::path dir = fs::temp_directory_path() / "reclama-pdf-bench";
    fs::create_directories(dir);
    Print("200 exhibits x 5 pages + 500-event chronology", Measure(dir, 200, 500, 5), 10);
    // The same on one thread: the export opens the exhibits on a second one while drawing.
    Print("  the same, exhibits opened after drawing on the one thread", Measure(dir, 200, 500, 5, false), 10);
    if (!smallOnly)
        Print("1,000 exhibits x 5 pages (5,000 exhibit pages) + 500 events", Measure(dir, 1000, 500, 3),
          30);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.0f MB (goal < 1024 MB)\n",
                static_cast<double>(usage.ru_maxrss) / 1024.0);
    fs::remove_all(dir);
    return 0;
}
