// Worker thread for long jobs.
#include "BackgroundJob.h"

namespace reclama::gui {

BackgroundJob::BackgroundJob(Work work) {
    m_thread = std::thread([this, work = std::move(work)] {
        try {
            work(m_progress);
        } catch (...) {
            m_failure = std::current_exception();
        }
        m_finished.store(true, std::memory_order_release);
    });
}

BackgroundJob::~BackgroundJob() {
    Cancel();
    Wait();
}

void BackgroundJob::Wait() {
    if (m_thread.joinable()) m_thread.join();
}

} // namespace reclama::gui
