#pragma once
// Writing finished dossier files: document information, page labels, the qpdf writer settings,
// and the temporary files that become the real ones only when the whole finish succeeded.

#include <qpdf/QPDF.hh>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::pdf {

struct DocumentInfo {
    std::string title, author, subject, language;
    std::string manifestJson;
    std::optional<std::int64_t> fixedEpoch; // set: deterministic dates and /ID
};

// Replaces /Info with exactly these keys (Producer and Creator "Reclama") and drops XMP, so no
// metadata drawn from elsewhere (PoDoFo's, an exhibit's) survives.
void SetDocumentInfo(QPDF& q, const DocumentInfo& info);

// /PageLabels for pages whose printed numbers are `printed` (one per page, in file order): a
// new decimal range starts wherever the numbers stop being consecutive.
void SetPageLabels(QPDF& q, const std::vector<int>& printed);

// Writes `q` to `path` with object streams and compressed streams; a deterministic /ID when
// `deterministic`. Throws CancelledError when `cancel` is raised while writing.
void WritePdf(QPDF& q, const std::filesystem::path& path, bool deterministic,
              const std::atomic<bool>* cancel);

// Temporary files beside their final names: all renamed by CommitAll, all removed otherwise
// (including, when a later rename fails, the files already renamed).
class PendingFiles {
public:
    PendingFiles() = default;
    PendingFiles(const PendingFiles&) = delete;
    PendingFiles& operator=(const PendingFiles&) = delete;
    ~PendingFiles();

    // A fresh temporary path in the folder of `finalPath`, to be renamed to it.
    std::filesystem::path Add(const std::filesystem::path& finalPath);
    // A scratch file in the folder of `near` that is always removed.
    std::filesystem::path Scratch(const std::filesystem::path& near, const std::string& tag);
    // Drops a pending file (removing its temporary) that will not be written after all.
    void Drop(const std::filesystem::path& finalPath);
    void CommitAll();

private:
    struct Entry {
        std::filesystem::path temp, final;
    };
    std::vector<Entry> m_entries;
    std::vector<std::filesystem::path> m_scratch;
    bool m_committed = false;
};

// A PDF date string, "D:YYYYMMDDHHmmSSZ", for seconds since 1970 (UTC).
std::string PdfDate(std::int64_t epoch);

} // namespace reclama::pdf
