#pragma once
// Opening the exhibit PDFs (each file's cross-reference table and page tree) does not depend on
// the drawn dossier, so it runs on a second thread while the dossier is drawn; the finishing
// stage then takes each exhibit already open (without a prefetch it opens them itself).

#include <atomic>
#include <filesystem>
#include <memory>
#include <vector>

namespace reclama::pdf {

struct OpenExhibit; // ExhibitOpen.h

class ExhibitPrefetch {
public:
    // Starts opening `files` on a worker thread; `cancel`, when set, stops it between files.
    explicit ExhibitPrefetch(std::vector<std::filesystem::path> files, const std::atomic<bool>* cancel = nullptr);
    ~ExhibitPrefetch(); // waits for the worker
    ExhibitPrefetch(const ExhibitPrefetch&) = delete;
    ExhibitPrefetch& operator=(const ExhibitPrefetch&) = delete;

    // Waits for the worker the first time; then hands over `file` if it was opened (once).
    std::unique_ptr<OpenExhibit> Take(const std::filesystem::path& file);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace reclama::pdf
