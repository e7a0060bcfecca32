#pragma once
// A long job (the dossier export) run on a worker thread, so that the window keeps painting and
// Cancel answers at once. The window polls it from a timer: how far it got, whether it finished,
// and how it ended. The work must not touch wxWidgets; the jobs never do.

#include "jobs/Progress.h"

#include <atomic>
#include <exception>
#include <functional>
#include <thread>

namespace reclama::gui {

class BackgroundJob {
public:
    using Work = std::function<void(jobs::Progress& progress)>;
    // Starts `work` at once on its own thread.
    explicit BackgroundJob(Work work);
    // Cancels the work and waits for it: nothing it uses may go away while it runs.
    ~BackgroundJob();
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    double Fraction() const { return m_progress.fraction.load(); }
    void Cancel() { m_progress.cancelled = true; }
    bool Finished() const { return m_finished.load(std::memory_order_acquire); }
    // Waits for the worker; afterwards what the work wrote is safe to read.
    void Wait();
    // After Wait(): the exception the work ended with (CancelledError after Cancel), or null.
    std::exception_ptr Failure() const { return m_failure; }

private:
    struct ThreadProgress : jobs::Progress {
        std::atomic<double> fraction{0.0};
        std::atomic<bool> cancelled{false};
        void Report(double f, const std::string&) override { fraction = f; }
        bool Cancelled() const override { return cancelled.load(); }
    };

    ThreadProgress m_progress;
    std::exception_ptr m_failure;
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

} // namespace reclama::gui
