#pragma once
// How a long job tells its caller how far it got, and learns that the person pressed Cancel.
// The GUI implements it with a progress bar, the CLI with nothing or a line on stderr.

#include <atomic>
#include <string>

namespace reclama::jobs {

class Progress {
public:
    virtual ~Progress() = default;
    // fraction in [0, 1]; message is a short status in the user's language or plain English.
    virtual void Report(double fraction, const std::string& message) = 0;
    virtual bool Cancelled() const = 0;
};

// Reports nothing; cancellable from another thread through Cancel().
class SilentProgress : public Progress {
public:
    void Report(double, const std::string&) override {}
    bool Cancelled() const override { return m_cancelled.load(); }
    void Cancel() { m_cancelled = true; }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace reclama::jobs
