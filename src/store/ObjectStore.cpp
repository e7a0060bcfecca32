#include "ObjectStore.h"

#include "core/Error.h"
#include "evidence/Hash.h"


#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace reclama::store {
namespace fs = std::filesystem;
namespace {

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

[[noreturn]] void WriteFailed(const fs::path& where) {
    int error = errno;
    if (error == ENOSPC || error == EFBIG || error == EDQUOT) {
        throw StorageError("the disk holding " + where.string() + " is full; nothing was stored");
    }
    throw StorageError("cannot write " + where.string() + ": " + std::strerror(error));
}

} // namespace

void SyncFile(const fs::path& file) {
    Fd f{::open(file.c_str(), O_RDONLY)};
    if (f.fd < 0 || ::fsync(f.fd) != 0) WriteFailed(file);
}

void SyncDirectory(const fs::path& dir) {
    Fd f{::open(dir.c_str(), O_RDONLY | O_DIRECTORY)};
    if (f.fd >= 0) ::fsync(f.fd);
}

ObjectStore::ObjectStore(fs::path root) : m_root(std::move(root)) {}

fs::path ObjectStore::PathOf(const std::string& sha256) const {
    return m_root / sha256.substr(0, 2) / sha256.substr(2);
}

bool ObjectStore::Has(const std::string& sha256) const { return fs::exists(PathOf(sha256)); }

fs::path ObjectStore::TempPath() const {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    return m_root / (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random()) + "-" +
                     std::to_string(counter++));
}

ObjectStore::Stored ObjectStore::Put(const fs::path& file) {
    Fd in{::open(file.c_str(), O_RDONLY)};
    if (in.fd < 0) {
        throw InputError(file.string(), std::string("cannot read the file: ") + std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(in.fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        throw InputError(file.string(), "is not a regular file");
    }
    fs::create_directories(m_root);
    fs::path temp = TempPath();
    Fd out{::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644)};
    if (out.fd < 0) WriteFailed(m_root);
    struct Cleanup {
        fs::path path;
        bool keep = false;
        ~Cleanup() {
            if (!keep) {
                std::error_code ignored;
                fs::remove(path, ignored);
            }
        }
    } cleanup{temp};

    evidence::Sha256 digest;
    std::vector<char> buffer(1 << 16);
    std::int64_t size = 0;
    for (;;) {
        ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
        if (n < 0) throw InputError(file.string(), std::string("read error: ") + std::strerror(errno));
        if (n == 0) break;
        digest.Update(buffer.data(), static_cast<std::size_t>(n));
        for (ssize_t done = 0; done < n;) {
            ssize_t w = ::write(out.fd, buffer.data() + done, static_cast<std::size_t>(n - done));
            if (w < 0) WriteFailed(m_root);
            done += w;
        }
        size += n;
    }
    if (::fsync(out.fd) != 0) WriteFailed(m_root);
    Stored stored{digest.HexDigest(), size, false};

    fs::path target = PathOf(stored.sha256);
    if (fs::exists(target)) {
        stored.alreadyStored = true;
        return stored; // cleanup removes the temporary copy
    }
    fs::create_directories(target.parent_path());
    ::fchmod(out.fd, 0444); // originals are never modified
    if (::rename(temp.c_str(), target.c_str()) != 0) WriteFailed(target);
    cleanup.keep = true;
    SyncDirectory(target.parent_path());
    return stored;
}

void ObjectStore::Remove(const std::string& sha256) {
    std::error_code ignored;
    fs::remove(PathOf(sha256), ignored);
}

fs::path ObjectStore::DerivedPath(const std::string& sha256, const std::string& suffix) const {
    fs::path original = PathOf(sha256);
    return original.parent_path() / (original.filename().string() + "." + suffix);
}

void ObjectStore::PutDerived(const std::string& sha256, const std::string& suffix,
                             const fs::path& source) {
    fs::path target = DerivedPath(sha256, suffix);
    fs::create_directories(target.parent_path());
    SyncFile(source);
    std::error_code error;
    fs::rename(source, target, error);
    if (error) {
        // Another file system: copy beside the target, then rename there.
        fs::path temp = TempPath();
        fs::copy_file(source, temp, fs::copy_options::overwrite_existing, error);
        if (error) throw StorageError("cannot store " + target.string() + ": " + error.message());
        SyncFile(temp);
        fs::rename(temp, target);
        fs::remove(source, error);
    }
    SyncDirectory(target.parent_path());
}

} // namespace reclama::store
