#include "FinishWrite.h"

#include "Manifest.h"
#include "core/Error.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <ctime>
#include <random>

namespace reclama::pdf {
namespace fs = std::filesystem;

namespace {

// Raises CancelledError from inside QPDFWriter, which calls it every percent of the write.
class CancelReporter : public QPDFWriter::ProgressReporter {
public:
    explicit CancelReporter(const std::atomic<bool>* cancel) : m_cancel(cancel) {}
    void reportProgress(int) override {
        if (m_cancel && m_cancel->load())
            throw CancelledError();
    }

private:
    const std::atomic<bool>* m_cancel;
};

fs::path FolderOf(const fs::path& p) {
    return p.has_parent_path() ? p.parent_path() : fs::path(".");
}

fs::path UniqueSibling(const fs::path& p, const std::string& tag) {
    static thread_local std::mt19937_64 random{std::random_device{}()};
    return FolderOf(p) /
           ("." + p.filename().string() + "." + std::to_string(random() % 1000000000) + tag);
}

} // namespace

std::string PdfDate(std::int64_t epoch) {
    std::time_t t = static_cast<std::time_t>(epoch);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "D:%Y%m%d%H%M%SZ", &utc);
    return buffer;
}

void SetDocumentInfo(QPDF& q, const DocumentInfo& in) {
    std::int64_t when =
        in.fixedEpoch ? *in.fixedEpoch : static_cast<std::int64_t>(std::time(nullptr));
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    auto text = [&](const char* key, const std::string& value) {
        if (!value.empty())
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value));
    };
    text("/Title", in.title);
    text("/Author", in.author);
    text("/Subject", in.subject);
    text("/Creator", "Reclama");
    text("/Producer", "Reclama");
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(PdfDate(when)));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(PdfDate(when)));
    if (!in.manifestJson.empty())
        info.replaceKey(kManifestKey, QPDFObjectHandle::newUnicodeString(in.manifestJson));
    q.getTrailer().replaceKey("/Info", q.makeIndirectObject(info));

    QPDFObjectHandle root = q.getRoot();
    root.removeKey("/Metadata");
    if (!in.language.empty())
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(in.language));
}

void SetPageLabels(QPDF& q, const std::vector<int>& printed) {
    QPDFObjectHandle nums = QPDFObjectHandle::newArray();
    for (std::size_t i = 0; i < printed.size(); ++i) {
        if (i > 0 && printed[i] == printed[i - 1] + 1)
            continue;
        QPDFObjectHandle range = QPDFObjectHandle::newDictionary();
        range.replaceKey("/S", QPDFObjectHandle::newName("/D"));
        range.replaceKey("/St", QPDFObjectHandle::newInteger(printed[i]));
        nums.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(i)));
        nums.appendItem(range);
    }
    QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
    labels.replaceKey("/Nums", nums);
    q.getRoot().replaceKey("/PageLabels", labels);
}

void WritePdf(QPDF& q, const fs::path& path, bool deterministic, const std::atomic<bool>* cancel) {
    if (cancel && cancel->load())
        throw CancelledError();
    // qpdf keeps the first half of the input's /ID, and PoDoFo makes that one from the clock:
    // without it, a deterministic ID depends on the content alone.
    if (deterministic) q.getTrailer().removeKey("/ID");
    QPDFWriter writer(q, path.c_str());
    writer.setPreserveEncryption(false);
    // No object streams: packing every small object again took a sixth of the finishing time of
    // a 1,000-page dossier, and saves bytes only where there are few (a 100 KB dossier grows by
    // a fifth; one of scanned pages, where the size cap matters, by almost nothing).
    writer.setObjectStreamMode(qpdf_o_preserve);
    writer.setCompressStreams(true);
    writer.setDeterministicID(deterministic);
    writer.registerProgressReporter(std::make_shared<CancelReporter>(cancel));
    writer.write();
}

PendingFiles::~PendingFiles() {
    std::error_code ignored;
    for (const auto& s : m_scratch)
        fs::remove(s, ignored);
    if (m_committed)
        return;
    for (const auto& e : m_entries)
        fs::remove(e.temp, ignored);
}

fs::path PendingFiles::Add(const fs::path& finalPath) {
    m_entries.push_back({UniqueSibling(finalPath, ".partial"), finalPath});
    return m_entries.back().temp;
}

fs::path PendingFiles::Scratch(const fs::path& near, const std::string& tag) {
    m_scratch.push_back(UniqueSibling(near, "." + tag));
    return m_scratch.back();
}

void PendingFiles::Drop(const fs::path& finalPath) {
    std::error_code ignored;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->final == finalPath) {
            fs::remove(it->temp, ignored);
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

void PendingFiles::CommitAll() {
    std::size_t done = 0;
    try {
        for (; done < m_entries.size(); ++done)
            fs::rename(m_entries[done].temp, m_entries[done].final);
    } catch (const fs::filesystem_error& e) {
        std::error_code ignored;
        for (std::size_t i = 0; i < done; ++i)
            fs::remove(m_entries[i].final, ignored);
        throw StorageError("cannot write " + m_entries[done].final.string() + ": " +
                           e.code().message());
    }
    m_committed = true;
}

} // namespace reclama::pdf
