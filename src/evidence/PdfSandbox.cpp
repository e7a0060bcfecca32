// The parent side of the PDF sandbox: spawn the helper, watch the clock, read its checked report.
#include "evidence/PdfSandbox.h"

#include "core/Error.h"
#include "evidence/PdfHelperLocation.h"
#include "evidence/SandboxProtocol.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace reclama::evidence {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using Status = NormaliseResult::Status;

constexpr std::size_t kMaxReportBytes = 64 * 1024;
constexpr const char* kKeptAsEvidence =
    " It is kept as evidence, but its pages cannot be included in the dossier.";

std::string FormatBytes(std::uint64_t bytes) {
    if (bytes >= (1ull << 30) && bytes % (1ull << 30) == 0) {
        return std::to_string(bytes >> 30) + " GiB";
    }
    if (bytes >= (1ull << 20)) {
        return std::to_string(bytes >> 20) + " MiB";
    }
    return std::to_string(bytes) + " bytes";
}

std::string FormatSeconds(double seconds) {
    const long long whole = static_cast<long long>(seconds);
    if (static_cast<double>(whole) == seconds) {
        return std::to_string(whole) + (whole == 1 ? " second" : " seconds");
    }
    std::string text = std::to_string(seconds);
    text.erase(text.find_last_not_of('0') + 1);
    return text + " seconds";
}

NormaliseResult Problem(Status status, std::string problem, std::string detail = {}) {
    NormaliseResult result;
    result.status = status;
    result.problem = std::move(problem);
    result.detail = std::move(detail);
    return result;
}

// Beside the final output, so the rename that publishes it is atomic.
fs::path TemporaryOutput(const fs::path& output) {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const std::uint64_t salt = (static_cast<std::uint64_t>(random()) << 32) ^ random();
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, ".part-%d-%u-%016llx", static_cast<int>(getpid()),
                  counter.fetch_add(1), static_cast<unsigned long long>(salt));
    return output.parent_path() / ("." + output.filename().string() + suffix);
}

struct HelperRun {
    std::string report;
    bool timedOut = false;
    bool reaped =
        false; // false: someone else reaped it (a SIGCHLD handler); only the report counts
    int waitStatus = 0;
};

class FileDescriptor {
public:
    explicit FileDescriptor(int fd = -1) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() { Close(); }
    int Get() const { return m_fd; }
    void Close() {
        if (m_fd >= 0) {
            close(m_fd);
            m_fd = -1;
        }
    }

private:
    int m_fd;
};

// Makes sure a started helper never outlives an exception: killed and reaped.
class ChildGuard {
public:
    explicit ChildGuard(pid_t pid) : m_pid(pid) {}
    ChildGuard(const ChildGuard&) = delete;
    ChildGuard& operator=(const ChildGuard&) = delete;
    ~ChildGuard() {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            int status = 0;
            while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
            }
        }
    }
    void Release() { m_pid = -1; }

private:
    pid_t m_pid;
};

HelperRun RunHelper(const fs::path& helper, const std::vector<std::string>& arguments,
                    double wallSeconds) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        throw Error(std::string("Could not start the PDF helper (no pipe): ") +
                    std::strerror(errno));
    }
    FileDescriptor readEnd(fds[0]);
    FileDescriptor writeEnd(fds[1]);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.Get(), 1);
    // qpdf's own diagnostics are not wanted; the report carries what matters.
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    // Descriptors the GUI or CLI holds (the case library, sockets) are not the helper's business.
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int sig : {SIGPIPE, SIGXCPU, SIGXFSZ, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD}) {
        sigaddset(&defaults, sig);
    }
    sigset_t noneBlocked;
    sigemptyset(&noneBlocked);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &noneBlocked);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    std::vector<std::string> argvStrings{helper.string()};
    argvStrings.insert(argvStrings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : argvStrings) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);

    pid_t pid = -1;
    const int spawnError =
        posix_spawn(&pid, helper.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawnError != 0) {
        throw Error("Could not start the PDF helper " + helper.string() + ": " +
                    std::strerror(spawnError));
    }
    ChildGuard guard(pid);
    writeEnd.Close(); // so that the read end sees end-of-file when the helper exits

    HelperRun run;
    const auto deadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(std::max(0.0, wallSeconds)));
    char buffer[4096];
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            run.timedOut = true;
            break;
        }
        pollfd watch{readEnd.Get(), POLLIN, 0};
        const int ready =
            poll(&watch, 1, static_cast<int>(std::min<long long>(left.count(), INT_MAX)));
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            continue; // timeout: the deadline check above decides
        }
        const ssize_t got = read(readEnd.Get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        if (run.report.size() < kMaxReportBytes) {
            run.report.append(buffer, static_cast<std::size_t>(got));
        }
    }
    readEnd.Close();

    if (!run.timedOut) {
        for (;;) {
            const pid_t done = waitpid(pid, &run.waitStatus, WNOHANG);
            if (done == pid) {
                run.reaped = true;
                break;
            }
            if (done < 0 && errno == EINTR) {
                continue;
            }
            if (done < 0) {
                break; // ECHILD: reaped by someone else's SIGCHLD handler
            }
            if (Clock::now() >= deadline) {
                run.timedOut = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    if (run.timedOut) {
        return run; // the guard kills and reaps it
    }
    guard.Release();
    return run;
}

std::string Quoted(std::string_view name) {
    return "\"" + std::string(name) + "\"";
}

NormaliseResult FromReport(const sandbox::HelperReport& report, const std::string& name,
                           const SandboxLimits& limits) {
    NormaliseResult result;
    result.pageCount = report.pages;
    result.wasEncrypted = report.encrypted;
    result.removedActiveContent = report.removedActiveContent;
    result.removedMetadata = report.removedMetadata;
    result.repaired = report.repaired;
    result.detail = report.detail;
    switch (report.status) {
    case sandbox::HelperStatus::Ok:
        result.status = Status::Ok;
        break;
    case sandbox::HelperStatus::NeedsPassword:
        result.status = Status::NeedsPassword;
        result.problem = Quoted(name) +
                         " is protected with a password, so its pages cannot be read. Save a copy "
                         "without the password (or print it to PDF) and attach that." +
                         kKeptAsEvidence;
        break;
    case sandbox::HelperStatus::TooLarge:
        result.status = Status::TooLarge;
        result.problem = Quoted(name) + " expands to more data than can be checked safely (over " +
                         FormatBytes(std::min(limits.maxStreamBytes, limits.memoryBytes)) +
                         "); it may be built to overload PDF readers." + kKeptAsEvidence;
        break;
    case sandbox::HelperStatus::Unreadable:
        result.status = Status::Unreadable;
        result.problem = Quoted(name) +
                         " cannot be read as a PDF: it is damaged or is not a PDF file." +
                         kKeptAsEvidence;
        break;
    }
    return result;
}

} // namespace

std::string_view ToString(NormaliseResult::Status status) {
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::NeedsPassword:
        return "needs-password";
    case Status::Unreadable:
        return "unreadable";
    case Status::TimedOut:
        return "timed-out";
    case Status::TooLarge:
        return "too-large";
    }
    return "unreadable";
}

NormaliseResult NormalisePdf(const fs::path& input, const fs::path& output,
                             const SandboxLimits& limits, std::string_view displayName) {
    const std::string name =
        displayName.empty() ? input.filename().string() : std::string(displayName);
    std::error_code ec;
    const fs::file_status inputStatus = fs::status(input, ec);
    if (!fs::exists(inputStatus)) {
        throw NotFoundError("The PDF " + input.string() + " does not exist.");
    }
    if (!fs::is_regular_file(inputStatus)) {
        return Problem(Status::Unreadable, Quoted(name) + " is not a file." + kKeptAsEvidence);
    }
    const std::uintmax_t size = fs::file_size(input, ec);
    if (ec) {
        return Problem(Status::Unreadable,
                       Quoted(name) + " cannot be read: " + ec.message() + "." + kKeptAsEvidence);
    }
    if (size == 0) {
        return Problem(Status::Unreadable,
                       Quoted(name) + " is empty (0 bytes), so it has no pages." + kKeptAsEvidence,
                       "empty file");
    }
    if (size > limits.maxInputBytes) {
        return Problem(Status::TooLarge,
                       Quoted(name) + " is larger than " + FormatBytes(limits.maxInputBytes) +
                           ", too large to check safely." + kKeptAsEvidence,
                       "input size " + std::to_string(size) + " bytes");
    }
    const fs::path outputDir = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    if (!fs::is_directory(outputDir, ec)) {
        throw StorageError("Cannot write the checked copy of " + Quoted(name) + ": the folder " +
                           outputDir.string() + " does not exist.");
    }

    const fs::path helper = FindPdfHelper();
    const fs::path temporary = TemporaryOutput(output);
    sandbox::HelperLimits helperLimits;
    helperLimits.cpuSeconds = static_cast<std::uint64_t>(std::max(1, limits.cpuSeconds));
    helperLimits.memoryBytes = limits.memoryBytes;
    helperLimits.outputBytes = limits.maxOutputBytes;
    helperLimits.openFiles = static_cast<std::uint64_t>(std::max(8, limits.maxOpenFiles));
    helperLimits.maxStreamBytes = limits.maxStreamBytes;

    HelperRun run;
    try {
        run = RunHelper(helper,
                        sandbox::HelperArguments(helperLimits, input.string(), temporary.string()),
                        limits.wallSeconds);
    } catch (...) {
        fs::remove(temporary, ec);
        throw;
    }

    NormaliseResult result;
    if (run.timedOut) {
        result = Problem(Status::TimedOut,
                         "Reading " + Quoted(name) + " took longer than " +
                             FormatSeconds(limits.wallSeconds) +
                             " and was stopped; the file may be damaged or built to overload PDF "
                             "readers." +
                             kKeptAsEvidence,
                         "wall-clock limit reached");
    } else if (run.reaped && WIFSIGNALED(run.waitStatus)) {
        const int sig = WTERMSIG(run.waitStatus);
        if (sig == SIGXCPU || sig == SIGKILL) {
            result = Problem(Status::TimedOut,
                             "Reading " + Quoted(name) + " used more than " +
                                 FormatSeconds(limits.cpuSeconds) +
                                 " of processor time and was stopped; the file may be damaged or "
                                 "built to overload PDF readers." +
                                 kKeptAsEvidence,
                             "CPU limit reached");
        } else if (sig == SIGXFSZ) {
            result = Problem(Status::TooLarge,
                             "The checked copy of " + Quoted(name) + " would be larger than " +
                                 FormatBytes(limits.maxOutputBytes) + "." + kKeptAsEvidence,
                             "output size limit reached");
        } else {
            result = Problem(Status::Unreadable,
                             "The PDF reader stopped unexpectedly while reading " + Quoted(name) +
                                 "; the file is damaged or built to break PDF readers." +
                                 kKeptAsEvidence,
                             std::string("helper killed by signal ") + strsignal(sig));
        }
    } else if (run.reaped && WIFEXITED(run.waitStatus) && WEXITSTATUS(run.waitStatus) != 0) {
        fs::remove(temporary, ec);
        // Exit codes 2 and 3 are the helper refusing to run at all: an installation problem.
        throw Error("The PDF helper " + helper.string() + " failed to run (exit code " +
                    std::to_string(WEXITSTATUS(run.waitStatus)) + ") while checking " +
                    Quoted(name) + ".");
    } else {
        try {
            result = FromReport(sandbox::DecodeHelperReport(run.report), name, limits);
        } catch (const std::invalid_argument& e) {
            result = Problem(Status::Unreadable,
                             "The PDF reader gave no usable answer for " + Quoted(name) + "." +
                                 kKeptAsEvidence,
                             e.what());
        }
    }

    if (result.Ok()) {
        if (!fs::is_regular_file(temporary, ec) || fs::file_size(temporary, ec) == 0) {
            fs::remove(temporary, ec);
            return Problem(Status::Unreadable,
                           "The PDF reader reported success for " + Quoted(name) +
                               " but wrote no copy." + kKeptAsEvidence,
                           "missing output");
        }
        fs::rename(temporary, output, ec);
        if (ec) {
            const std::string why = ec.message();
            fs::remove(temporary, ec);
            throw StorageError("Cannot put the checked copy of " + Quoted(name) + " at " +
                               output.string() + ": " + why);
        }
    } else {
        fs::remove(temporary, ec);
    }
    return result;
}

} // namespace reclama::evidence
