// Writes numbered contacts into a library, printing "ack N" once each commit has returned; the
// crash test kills it at random moments and checks that every acknowledged write survived.

#include "core/EventTime.h"
#include "store/Library.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    using namespace reclama;
    if (argc != 4) return 2;
    auto lib = store::Library::Open(argv[1]);
    core::RecordId caseId = std::stoll(argv[2]);
    int first = std::stoi(argv[3]);
    for (int n = first;; ++n) {
        core::Contact k;
        k.at = core::ParseEventTime("2026-01-14T09:05", "Europe/Madrid");
        k.summary = "write " + std::to_string(n);
        lib->Add(caseId, k);
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
}
