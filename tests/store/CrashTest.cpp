// Kills a writing process with SIGKILL at random moments; every acknowledged write must be there
// afterwards and the database must pass integrity_check.

#include "TestLibrary.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace reclama;

namespace {

struct Outcome {
    int killPoints = 0, acknowledged = 0, lost = 0;
    bool integrityOk = true;
};

Outcome RunKills(int killPoints, unsigned seed) {
    test::TempFolder dir;
    auto folder = dir.path / "lib";
    core::RecordId caseId = store::Library::Open(folder)->CreateCase(test::MadridCase());
    std::mt19937 random(seed);
    std::set<int> acked;
    Outcome outcome;
    int next = 1;
    for (int k = 0; k < killPoints; ++k) {
        int out[2];
        if (pipe(out) != 0) break;
        pid_t child = fork();
        if (child == 0) {
            dup2(out[1], STDOUT_FILENO);
            close(out[0]);
            close(out[1]);
            std::string first = std::to_string(next);
            execl(RECLAMA_CRASH_WRITER, RECLAMA_CRASH_WRITER, folder.c_str(),
                  std::to_string(caseId).c_str(), first.c_str(), nullptr);
            _exit(127);
        }
        close(out[1]);
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 60000));
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
        FILE* in = fdopen(out[0], "r");
        int n = 0;
        while (std::fscanf(in, "ack %d\n", &n) == 1) {
            acked.insert(n);
            next = std::max(next, n + 1);
        }
        std::fclose(in);
        next += 1000; // numbers of writes that were not acknowledged are never reused
        ++outcome.killPoints;
    }
    auto lib = store::Library::Open(folder);
    std::set<int> present;
    for (const auto& c : lib->LoadCase(caseId).contacts) present.insert(std::stoi(c.summary.substr(6)));
    for (int n : acked) outcome.lost += present.count(n) == 0;
    outcome.acknowledged = static_cast<int>(acked.size());
    outcome.integrityOk = lib->Check().empty();
    return outcome;
}

} // namespace

#ifdef RECLAMA_CRASH_SOAK
int main(int argc, char** argv) {
    int points = argc > 1 ? std::atoi(argv[1]) : 1000;
    Outcome o = RunKills(points, 20261123);
    std::cout << "kill points: " << o.killPoints << ", acknowledged: " << o.acknowledged
              << ", lost: " << o.lost << (o.integrityOk ? "" : ", INTEGRITY CHECK FAILED") << "\n";
    return o.lost == 0 && o.integrityOk ? 0 : 1;
}
#else
TEST(Crash, KilledWriterLosesNoAcknowledgedWrite) {
    Outcome o = RunKills(30, 7);
    std::cout << "kill points: " << o.killPoints << ", acknowledged: " << o.acknowledged
              << ", lost: " << o.lost << "\n";
    EXPECT_EQ(o.killPoints, 30);
    EXPECT_GT(o.acknowledged, 0);
    EXPECT_EQ(o.lost, 0);
    EXPECT_TRUE(o.integrityOk);
}
#endif
