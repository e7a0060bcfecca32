// reclama-pdf-helper: normalises one untrusted PDF under CPU, memory, file-size and file limits,
// then prints a one-line JSON report. Started by reclama::evidence::NormalisePdf, never by hand.
#include "evidence/PdfNormaliser.h"
#include "evidence/SandboxProtocol.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using reclama::evidence::sandbox::HelperLimits;

bool SetLimit(int resource, std::uint64_t soft, std::uint64_t hard) {
    rlimit limit{};
    limit.rlim_cur = static_cast<rlim_t>(soft);
    limit.rlim_max = static_cast<rlim_t>(hard);
    return setrlimit(resource, &limit) == 0;
}

// Limits go on before the file is opened; if one cannot be set the file is not read at all.
bool ApplyLimits(const HelperLimits& limits) {
    // SIGXCPU at the soft limit, SIGKILL one second later if it is ignored.
    return SetLimit(RLIMIT_CPU, limits.cpuSeconds, limits.cpuSeconds + 1) &&
           SetLimit(RLIMIT_AS, limits.memoryBytes, limits.memoryBytes) &&
           SetLimit(RLIMIT_FSIZE, limits.outputBytes, limits.outputBytes) &&
           SetLimit(RLIMIT_NOFILE, limits.openFiles, limits.openFiles) &&
           SetLimit(RLIMIT_CORE, 0, 0);
}

void Print(const reclama::evidence::sandbox::HelperReport& report) {
    std::cout << reclama::evidence::sandbox::EncodeHelperReport(report) << std::endl;
}

} // namespace

int main(int argc, char** argv) {
    using namespace reclama::evidence::sandbox;
    // Nothing the parent had open is needed here (the parent closes them too; this is a backstop).
    close_range(3, ~0U, 0);

    HelperInvocation invocation;
    try {
        invocation = ParseHelperArguments(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::invalid_argument& e) {
        std::cerr << "reclama-pdf-helper: " << e.what() << '\n';
        return 2;
    }
    if (!ApplyLimits(invocation.limits)) {
        std::perror("reclama-pdf-helper: setrlimit");
        return 3;
    }
    try {
        Print(NormaliseUntrustedPdf(invocation.input, invocation.output,
                                    invocation.limits.maxStreamBytes));
    } catch (const std::bad_alloc&) {
        HelperReport report;
        report.status = HelperStatus::TooLarge;
        report.detail = "reading the file needed more memory than the sandbox allows";
        Print(report);
    }
    return 0;
}
