#pragma once
// The attachments of a library: each original stored once under objects/ab/cdef… by its SHA-256,
// written to a temporary file, fsynced and renamed, and never modified afterwards. Derived files
// (the normalised PDF copy) live beside it and can be re-created.

#include <filesystem>
#include <string>

namespace reclama::store {

class ObjectStore {
public:
    explicit ObjectStore(std::filesystem::path root);

    struct Stored {
        std::string sha256;
        std::int64_t size = 0;
        bool alreadyStored = false;
    };
    // Copies `file` in (hashing while copying). Throws InputError naming the file when it cannot
    // be read, StorageError when the library cannot be written.
    Stored Put(const std::filesystem::path& file);

    std::filesystem::path PathOf(const std::string& sha256) const;
    bool Has(const std::string& sha256) const;
    void Remove(const std::string& sha256); // only for objects an aborted import wrote

    // Derived file beside the original, e.g. suffix "norm.pdf". Put moves `source` in atomically.
    std::filesystem::path DerivedPath(const std::string& sha256, const std::string& suffix) const;
    void PutDerived(const std::string& sha256, const std::string& suffix,
                    const std::filesystem::path& source);

    const std::filesystem::path& Root() const { return m_root; }
    // A private temporary path inside objects/ (same file system, so rename is atomic).
    std::filesystem::path TempPath() const;

private:
    std::filesystem::path m_root;
};

// Writes data to disk before returning (the file, then its folder's entry).
void SyncFile(const std::filesystem::path& file);
void SyncDirectory(const std::filesystem::path& dir);

} // namespace reclama::store
