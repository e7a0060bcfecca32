#include "ExhibitPrefetch.h"

#include "ExhibitOpen.h"

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <future>
#include <map>

namespace reclama::pdf {
namespace fs = std::filesystem;

OpenExhibit OpenExhibitFile(const fs::path& file, const std::shared_ptr<FilePool>& pool) {
    OpenExhibit opened;
    opened.pdf = std::make_unique<QPDF>();
    opened.pdf->setSuppressWarnings(true);
    try {
        opened.pdf->processInputSource(std::make_shared<PooledFileInputSource>(file.string(), pool));
        for (auto& p : QPDFPageDocumentHelper(*opened.pdf).getAllPages())
            opened.pages.push_back(p.getObjectHandle());
    } catch (const std::exception& e) {
        opened.pdf.reset();
        opened.pages.clear();
        opened.problem = e.what();
    }
    return opened;
}

struct ExhibitPrefetch::Worker {
    static constexpr std::size_t kOpenFiles = 64; // a pool of its own beside the finishing stage's
    std::shared_ptr<FilePool> pool = std::make_shared<FilePool>(kOpenFiles);
    std::future<std::map<fs::path, OpenExhibit>> done;
    std::map<fs::path, OpenExhibit> opened;
    bool joined = false;
};

ExhibitPrefetch::ExhibitPrefetch(std::vector<fs::path> files, const std::atomic<bool>* cancel)
    : m_worker(std::make_unique<Worker>()) {
    // The worker touches only its own QPDF objects and pool until Take() joins it.
    m_worker->done = std::async(std::launch::async, [files = std::move(files), cancel, pool = m_worker->pool] {
        std::map<fs::path, OpenExhibit> opened;
        for (const auto& file : files) {
            if (cancel && cancel->load()) break;
            if (!opened.count(file)) opened.emplace(file, OpenExhibitFile(file, pool));
        }
        return opened;
    });
}

ExhibitPrefetch::~ExhibitPrefetch() {
    if (m_worker->done.valid()) m_worker->done.wait();
}

std::unique_ptr<OpenExhibit> ExhibitPrefetch::Take(const fs::path& file) {
    if (!m_worker->joined) {
        m_worker->opened = m_worker->done.get();
        m_worker->joined = true;
    }
    auto found = m_worker->opened.find(file);
    if (found == m_worker->opened.end()) return nullptr;
    auto taken = std::make_unique<OpenExhibit>(std::move(found->second));
    m_worker->opened.erase(found);
    return taken;
}

} // namespace reclama::pdf
