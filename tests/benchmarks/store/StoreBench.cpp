// Generates a library of 100,000 events across 200 cases (one with 10,000) and prints the figures
// issue "Case library foundation" asks for, each with its goal beside it.

#include "core/Ledger.h"
#include "store/Library.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace reclama;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::time_point from) {
    return std::chrono::duration<double, std::milli>(Clock::now() - from).count();
}

double P95(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(0.95 * (v.size() - 1))];
}

const char* kWords[] = {"avería", "técnico", "factura", "corte", "visita", "reclamación", "cobro",
                        "equipos", "devolución", "línea", "router", "promoción", "despacho"};

core::Case MakeCase(int index, int events, std::mt19937& random) {
    core::Case c;
    c.title = "Caso " + std::to_string(index) + " – " + kWords[index % 13];
    c.currency = "EUR";
    c.timezone = "Europe/Madrid";
    c.claimant.name = "Cliente " + std::to_string(index);
    c.company.name = "Empresa " + std::to_string(index % 17);
    for (int i = 0; i < events; ++i) {
        int day = 1 + i % 28, month = 1 + (i / 28) % 12, hour = 8 + i % 10;
        char at[40];
        std::snprintf(at, sizeof at, "2026-%02d-%02dT%02d:%02d:00+01:00", month, day, hour, i % 60);
        if (i % 10 == 9) {
            core::Invoice inv;
            inv.id = i + 1;
            inv.number = "F-" + std::to_string(index) + "-" + std::to_string(i);
            inv.issued = core::Date(2026, month, day);
            inv.billed = {3990, "EUR"};
            inv.correct = {1673, "EUR"};
            inv.paid = {3990, "EUR"};
            c.invoices.push_back(inv);
            continue;
        }
        core::Contact k;
        k.id = i + 1;
        k.at = core::ParseEventTime(at, c.timezone);
        k.agent = "Agente " + std::to_string(random() % 40);
        k.waitMin = static_cast<int>(random() % 40);
        k.reference = "INC-" + std::to_string(random() % 100000);
        k.summary = std::string("Llamada sobre ") + kWords[random() % 13] + " y " + kWords[random() % 13] +
                    " número " + std::to_string(i);
        c.contacts.push_back(k);
    }
    return c;
}

} // namespace

int main(int argc, char** argv) {
    std::filesystem::path folder = argc > 1 ? argv[1]
                                            : std::filesystem::temp_directory_path() / "reclama-store-bench";
    std::filesystem::remove_all(folder);
    auto lib = store::Library::Open(folder);
    std::mt19937 random(42);

    // 199 cases of ~452 events plus one of 10,000: 100,000 events in all.
    auto start = Clock::now();
    for (int i = 0; i < 199; ++i) lib->ImportCase(MakeCase(i, 452, random), {});
    double fillMs = Ms(start);

    core::Case big = MakeCase(1000, 10052, random);
    start = Clock::now();
    core::RecordId bigId = lib->ImportCase(big, {});
    double importMs = Ms(start);

    std::vector<double> show;
    for (int i = 0; i < 20; ++i) {
        start = Clock::now();
        core::Case c = lib->LoadCase(bigId);
        auto money = core::SummarizeMoney(c);
        auto pressure = core::ComputePressure(c, core::Date(2026, 12, 1));
        (void)money;
        (void)pressure;
        show.push_back(Ms(start));
    }

    std::vector<double> search;
    for (int i = 0; i < 200; ++i) {
        std::string query = std::string(kWords[i % 13]) + (i % 3 == 0 ? std::string(" ") + kWords[(i + 5) % 13] : "");
        start = Clock::now();
        lib->Search(query, 50);
        search.push_back(Ms(start));
    }

    core::Case small = lib->LoadCase(bigId);
    std::vector<double> edits;
    for (int i = 0; i < 200; ++i) {
        core::Contact k = small.contacts[static_cast<std::size_t>(i) * 13];
        k.summary += " (corregido)";
        start = Clock::now();
        lib->Update(k);
        edits.push_back(Ms(start));
    }
    std::vector<double> undos; // each puts one of the edits above back
    for (int i = 0; i < 50; ++i) {
        start = Clock::now();
        lib->UndoLastEdit(bigId);
        undos.push_back(Ms(start));
    }

    std::printf("library: 200 cases, 100,000 events (filled in %.0f ms)\n", fillMs);
    std::printf("import of a 10,000-event case:     %8.1f ms   (goal < 2000 ms)\n", importMs);
    std::printf("show of a 10,000-event case (p50):  %8.1f ms   (goal < 100 ms)\n", [&] { auto s = show; std::sort(s.begin(), s.end()); return s[s.size() / 2]; }());
    std::printf("show of a 10,000-event case (p95):  %8.1f ms   (goal < 100 ms)\n", P95(show));
    std::printf("search p95 over 200 queries:        %8.1f ms   (goal < 50 ms)\n", P95(search));
    std::printf("single edit p95 over 200 edits:     %8.1f ms   (goal < 50 ms)\n", P95(edits));
    std::printf("undo p95 over 50 undos:             %8.1f ms   (10,000-event case)\n", P95(undos));
    std::filesystem::remove_all(folder);
    return 0;
}
