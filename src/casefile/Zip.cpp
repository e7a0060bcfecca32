#include "casefile/Zip.h"

#include "core/Error.h"

#include <zip.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>
#include <utility>

namespace reclama::casefile {
namespace {

namespace fs = std::filesystem;

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
// Closes a file descriptor unless it was closed (and checked) explicitly.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

std::string OpenError(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

// The entry's path below the extraction folder, or a reason to refuse it. Only plain relative
// names made of ordinary components are let through.
fs::path SafeEntryPath(const std::string& name, const std::string& where) {
    auto refuse = [&](const std::string& why) -> fs::path {
        throw InputError(where, "entry '" + name + "' " + why + "; this archive is refused");
    };
    if (name.empty()) return refuse("has an empty name");
    if (name.find('\0') != std::string::npos) return refuse("has a NUL character in its name");
    if (name.find('\\') != std::string::npos) return refuse("uses backslashes in its name");
    if (name.front() == '/') return refuse("has an absolute name");
    if (name.size() >= 2 && name[1] == ':') return refuse("names a drive");
    // Only the trailing slash of a folder entry may leave an empty part; "a//b" and "./a" are
    // not what a writer makes and only serve to make two names mean one file.
    const std::string_view body(name.data(), name.back() == '/' ? name.size() - 1 : name.size());
    fs::path out;
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('/', start);
        if (end == std::string_view::npos) end = body.size();
        std::string part(body.substr(start, end - start));
        if (part == "..") return refuse("leaves the archive folder (..)");
        if (part.empty() || part == ".") return refuse("has an empty or '.' part in its name");
        out /= part;
        start = end + 1;
    }
    if (out.empty()) return refuse("has no usable name");
    return out;
}

} // namespace

bool LooksLikeZip(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<char, 4> magic{};
    if (!in.read(magic.data(), magic.size())) return false;
    return magic[0] == 'P' && magic[1] == 'K' &&
           ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
}

void ExtractZip(const fs::path& zipFile, const fs::path& dest, std::uint64_t maxBytes, std::uint64_t maxEntries) {
    const std::string where = zipFile.string();
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(zipFile.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!archive) throw InputError(where, "not a readable ZIP archive: " + OpenError(code));
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > maxEntries) {
        throw InputError(where, "the archive has " + std::to_string(count) + " entries, more than the " +
                                    std::to_string(maxEntries) + " a case file may have");
    }
    const std::string bomb = "the archive unpacks to more than " + std::to_string(maxBytes) +
                             " bytes, the most a case file may hold; it is refused";

    // First what the archive says about itself, so an obvious bomb costs no disk at all.
    struct Item {
        zip_uint64_t index;
        fs::path path;
        bool directory;
    };
    std::vector<Item> items;
    std::set<fs::path> seen;
    std::uint64_t declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
            throw InputError(where, "cannot read entry " + std::to_string(i) + ": " + zip_strerror(archive.get()));
        }
        std::string name = st.name;
        fs::path path = SafeEntryPath(name, where);
        bool directory = name.back() == '/';
        if (!directory && !seen.insert(path).second) {
            throw InputError(where, "entry '" + name + "' appears twice; this archive is refused");
        }
        if ((st.valid & ZIP_STAT_SIZE) && !directory) {
            if (st.size > maxBytes || declared + st.size > maxBytes) {
                throw InputError(where, bomb);
            }
            declared += st.size;
        }
        items.push_back({static_cast<zip_uint64_t>(i), std::move(path), directory});
    }

    // Then the bytes as they really come out, in case the directory lies about sizes.
    std::uint64_t written = 0;
    std::vector<char> buffer(1 << 16);
    for (const Item& item : items) {
        const fs::path target = dest / item.path;
        if (item.directory) {
            fs::create_directories(target);
            continue;
        }
        fs::create_directories(target.parent_path());
        std::unique_ptr<zip_file_t, ZipFileCloser> in(zip_fopen_index(archive.get(), item.index, 0));
        if (!in) {
            throw InputError(where, "cannot unpack '" + item.path.string() + "': " + zip_strerror(archive.get()));
        }
        // O_EXCL|O_NOFOLLOW: never write through something that is already there.
        Fd out{::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)};
        if (out.fd < 0) {
            throw InputError(where, "cannot unpack '" + item.path.string() + "': " + std::strerror(errno));
        }
        for (;;) {
            zip_int64_t n = zip_fread(in.get(), buffer.data(), buffer.size());
            if (n < 0) {
                throw InputError(where, "'" + item.path.string() + "' is damaged in the archive: " +
                                            zip_file_strerror(in.get()));
            }
            if (n == 0) break;
            written += static_cast<std::uint64_t>(n);
            if (written > maxBytes) throw InputError(where, bomb);
            for (zip_int64_t done = 0; done < n;) {
                ssize_t w = ::write(out.fd, buffer.data() + done, static_cast<std::size_t>(n - done));
                if (w < 0) {
                    if (errno == EINTR) continue;
                    throw Error("cannot write " + target.string() + ": " + std::strerror(errno));
                }
                done += w;
            }
        }
        const int fd = std::exchange(out.fd, -1);
        if (::close(fd) != 0) throw Error("cannot write " + target.string() + ": " + std::strerror(errno));
    }
}

void WriteZip(const fs::path& zipFile, const std::vector<ZipEntry>& entries) {
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(zipFile.c_str(), ZIP_CREATE | ZIP_EXCL, &code));
    if (!archive) throw Error("cannot create " + zipFile.string() + ": " + OpenError(code));
    std::set<std::string> directories;
    for (const ZipEntry& entry : entries) {
        // Directory entries first, so unzip tools recreate empty folders the same way.
        for (std::size_t slash = entry.name.find('/'); slash != std::string::npos;
             slash = entry.name.find('/', slash + 1)) {
            std::string dir = entry.name.substr(0, slash + 1);
            if (directories.insert(dir).second && zip_dir_add(archive.get(), dir.c_str(), ZIP_FL_ENC_UTF_8) < 0) {
                throw Error("cannot add " + dir + " to " + zipFile.string() + ": " + zip_strerror(archive.get()));
            }
        }
        zip_source_t* source = entry.file.empty()
                                   ? zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0)
                                   : zip_source_file(archive.get(), entry.file.c_str(), 0, -1);
        if (!source) {
            throw Error("cannot add " + entry.name + " to " + zipFile.string() + ": " + zip_strerror(archive.get()));
        }
        if (zip_file_add(archive.get(), entry.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            throw Error("cannot add " + entry.name + " to " + zipFile.string() + ": " + zip_strerror(archive.get()));
        }
    }
    // zip_close does the actual reading and writing; on failure the archive is still ours to discard.
    if (zip_close(archive.get()) != 0) {
        throw Error("cannot write " + zipFile.string() + ": " + zip_strerror(archive.get()));
    }
    archive.release();
}

} // namespace reclama::casefile
