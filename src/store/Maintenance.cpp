// Backup, restore and the integrity check of a case library.

#include "Library.h"
#include "ObjectStore.h"
#include "Schema.h"
#include "Sqlite.h"
#include "core/Error.h"
#include "evidence/Hash.h"

#include <zip.h>

#include <fstream>
#include <memory>
#include <set>

namespace reclama::store {
namespace fs = std::filesystem;

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

std::string ZipError(zip_t* z) { return z ? zip_strerror(z) : "cannot open"; }

// Copies the live database with SQLite's online backup API: consistent even while the GUI writes.
void BackupDatabase(Connection& db, const fs::path& target) {
    sqlite3* out = nullptr;
    if (sqlite3_open(target.c_str(), &out) != SQLITE_OK) {
        sqlite3_close(out);
        throw StorageError("cannot create " + target.string());
    }
    sqlite3_backup* backup = sqlite3_backup_init(out, "main", db.Handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(out);
    sqlite3_backup_finish(backup);
    rc = rc == SQLITE_DONE ? sqlite3_errcode(out) : rc;
    sqlite3_close(out);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        throw StorageError(std::string("the backup of the database failed: ") + sqlite3_errstr(rc));
    }
}

} // namespace

void Library::Backup(const fs::path& zipFile) {
    fs::path dir = zipFile.has_parent_path() ? zipFile.parent_path() : fs::path(".");
    if (!fs::is_directory(dir)) throw InputError(zipFile.string(), "its folder does not exist");
    fs::path tempDb = m_objects->TempPath();
    fs::path tempZip = dir / ("." + zipFile.filename().string() + ".partial");
    struct Cleanup {
        std::vector<fs::path> paths;
        ~Cleanup() {
            std::error_code ignored;
            for (const auto& p : paths) fs::remove(p, ignored);
        }
    } cleanup{{tempDb, tempZip}};
    BackupDatabase(*m_db, tempDb);

    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open(tempZip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!zip) throw StorageError("cannot write " + zipFile.string());
    auto addFile = [&](const fs::path& source, const std::string& name) {
        zip_source_t* src = zip_source_file(zip.get(), source.c_str(), 0, -1);
        if (!src || zip_file_add(zip.get(), name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
            if (src) zip_source_free(src);
            throw StorageError("cannot add " + name + " to " + zipFile.string() + ": " + ZipError(zip.get()));
        }
    };
    addFile(tempDb, "library.db");
    for (const auto& entry : fs::recursive_directory_iterator(m_objects->Root())) {
        if (!entry.is_regular_file()) continue;
        std::string name = entry.path().filename().string();
        if (name.rfind(".tmp-", 0) == 0) continue;
        addFile(entry.path(), "objects/" + fs::relative(entry.path(), m_objects->Root()).generic_string());
    }
    zip_t* raw = zip.release();
    if (zip_close(raw) < 0) {
        std::string why = zip_strerror(raw);
        zip_discard(raw);
        throw StorageError("cannot write " + zipFile.string() + ": " + why);
    }
    SyncFile(tempZip);
    fs::rename(tempZip, zipFile);
    SyncDirectory(dir);
}

void Library::Restore(const fs::path& zipFile, const fs::path& folder, bool replace) {
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open(zipFile.c_str(), ZIP_RDONLY, &error));
    if (!zip) throw InputError(zipFile.string(), "is not a Reclama backup (not a ZIP file)");
    zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    bool hasDb = false;
    for (zip_int64_t i = 0; i < count; ++i) {
        std::string name = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), 0);
        bool safe = name == "library.db" ||
                    (name.rfind("objects/", 0) == 0 && name.find("..") == std::string::npos &&
                     name.find('\\') == std::string::npos);
        if (!safe) throw InputError(zipFile.string(), "has an unexpected entry '" + name + "'; nothing was restored");
        hasDb = hasDb || name == "library.db";
    }
    if (!hasDb) throw InputError(zipFile.string(), "has no library.db: it is not a Reclama backup");
    if (fs::exists(folder / "library.db") && !replace) {
        throw InputError(folder.string(), "already holds a case library; restore into an empty folder or use --replace");
    }
    // Unpack beside the target, check it opens as a Reclama library, then swap it in.
    fs::path parent = fs::absolute(folder).parent_path();
    fs::create_directories(parent);
    fs::path staging = parent / ("." + folder.filename().string() + ".restore");
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    struct Cleanup {
        fs::path path;
        ~Cleanup() {
            std::error_code e;
            fs::remove_all(path, e);
        }
    } cleanup{staging};
    for (zip_int64_t i = 0; i < count; ++i) {
        std::string name = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), 0);
        fs::path target = staging / name;
        fs::create_directories(target.parent_path());
        zip_file_t* in = zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(i), 0);
        if (!in) throw InputError(zipFile.string(), "entry '" + name + "' cannot be read");
        std::ofstream out(target, std::ios::binary);
        char buffer[1 << 16];
        zip_int64_t n;
        while ((n = zip_fread(in, buffer, sizeof buffer)) > 0) out.write(buffer, n);
        zip_fclose(in);
        out.close();
        if (n < 0 || !out) throw StorageError("cannot unpack '" + name + "' from " + zipFile.string());
        SyncFile(target);
        // Originals are read-only in a library; derived copies are replaced by rename, which
        // needs no write permission on the file either.
        if (name != "library.db") fs::permissions(target, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    }
    {
        auto check = Library::Open(staging); // refuses a foreign or newer database
        auto problems = check->Check();
        if (!problems.empty()) {
            throw InputError(zipFile.string(), "the backup is damaged: " + problems.front());
        }
    }
    fs::path old = parent / ("." + folder.filename().string() + ".old");
    fs::remove_all(old, ignored);
    if (fs::exists(folder)) fs::rename(folder, old);
    fs::rename(staging, folder);
    fs::remove_all(old, ignored);
    SyncDirectory(parent);
}

std::vector<std::string> Library::Check() {
    std::vector<std::string> problems;
    try {
        Statement st(*m_db, "PRAGMA integrity_check");
        while (st.Step()) {
            if (st.Text(0) != "ok") problems.push_back("database: " + st.Text(0));
        }
    } catch (const StorageError& e) {
        // So damaged that the check itself stops: that is the finding, not a failure of Check.
        problems.push_back(std::string("database: ") + e.what());
        return problems;
    }
    {
        Statement st(*m_db, "PRAGMA foreign_key_check");
        while (st.Step()) {
            problems.push_back("database: table " + st.Text(0) + " row " + st.Text(1) +
                               " points at a missing row of " + st.Text(2));
        }
    }
    try {
        m_db->Exec("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)");
    } catch (const StorageError&) {
        problems.push_back("database: the search index does not match the records; "
                           "it can be rebuilt by restoring a backup or re-importing the case");
    }
    Statement st(*m_db, "SELECT d.id, d.title, d.sha256, d.original_name, c.id, c.title FROM documents d "
                        "JOIN cases c ON c.id = d.case_id ORDER BY d.id");
    std::set<std::string> checked;
    while (st.Step()) {
        std::string sha = st.Text(2);
        std::string who = "document d" + std::to_string(st.Int(0)) + " \"" + st.Text(1) + "\" (" +
                          st.Text(3) + ") of case " + std::to_string(st.Int(4)) + " \"" + st.Text(5) + "\"";
        fs::path file = m_objects->PathOf(sha);
        if (!fs::exists(file)) {
            problems.push_back(who + ": its file " + file.string() + " is missing");
        } else if (!checked.count(sha) && evidence::Sha256File(file) != sha) {
            problems.push_back(who + ": its file " + file.string() + " has been altered (SHA-256 differs)");
        } else {
            checked.insert(sha);
        }
    }
    return problems;
}

} // namespace reclama::store
