#pragma once
// Assembling the finished dossier in memory: each imported exhibit page goes under its stamped
// placeholder page, and nothing active (scripts, actions, attachments, forms, XMP) survives.

#include "ExhibitOpen.h"
#include "ExhibitPrefetch.h"
#include "FinishInput.h"
#include "RenderPlan.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <memory>
#include <utility>

namespace reclama::pdf {

// The exhibit PDFs, each opened once through a pool of file handles (FinishInput.h: at most
// kOpenFiles open at once, so 1,000+ exhibits stay under the open-file limit) and each page turned
// into a form XObject of the output once. Must outlive the write of the output: qpdf copies stream
// data from the sources only then.
class ExhibitSources {
public:
    static constexpr std::size_t kOpenFiles = 64;
    // `prefetch`, when given, holds exhibits already opened (ExhibitPrefetch.h).
    explicit ExhibitSources(QPDF& out, ExhibitPrefetch* prefetch = nullptr)
        : m_out(out), m_prefetch(prefetch), m_pool(std::make_shared<FilePool>(kOpenFiles)) {}
    // Page `page` (1-based) of `source` as a form XObject owned by the output.
    QPDFObjectHandle Page(const std::filesystem::path& source, int page);

private:
    QPDF& m_out;
    ExhibitPrefetch* m_prefetch;
    std::shared_ptr<FilePool> m_pool;
    std::map<std::filesystem::path, OpenExhibit> m_sources;
    std::map<std::pair<std::filesystem::path, int>, QPDFObjectHandle> m_forms;
    std::set<QPDFObjGen> m_stripped; // objects of the output already cleaned of metadata
};

// Places every exhibit page of `plan` under its placeholder page of `out` (the drawn PDF),
// inside the margins and keeping its aspect ratio. `step` is called after each placement with
// how many are done; it may throw to stop.
void PlaceExhibitPages(QPDF& out, const RenderPlan& plan, ExhibitSources& sources,
                       const std::function<void(std::size_t done)>& step);

// Removes JavaScript, document and page actions, embedded files, forms, XMP and page-piece data,
// and every annotation that is not a plain link to a page or a web address.
void StripActiveContent(QPDF& out);

} // namespace reclama::pdf
