// What happens when the library cannot be used: newer, foreign, corrupt, locked, full, read-only.

#include "TestLibrary.h"
#include "core/Error.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace reclama;
using reclama::test::TempFolder;

namespace {

std::string ReadAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void RawExec(const std::filesystem::path& db, const std::string& sql) {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
}

std::string MessageOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const StorageError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(Safety, NewerLibraryIsRefusedAndLeftUntouched) {
    TempFolder dir;
    { store::Library::Open(dir.path / "lib")->CreateCase(test::MadridCase()); }
    RawExec(dir.path / "lib" / "library.db", "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 99;");
    std::string before = ReadAll(dir.path / "lib" / "library.db");
    auto message = MessageOf([&] { store::Library::Open(dir.path / "lib"); });
    EXPECT_NE(message.find("newer version"), std::string::npos) << message;
    EXPECT_EQ(ReadAll(dir.path / "lib" / "library.db"), before);
}

TEST(Safety, ForeignAndCorruptFilesGiveAMessage) {
    TempFolder dir;
    std::filesystem::create_directories(dir.path / "foreign");
    RawExec(dir.path / "foreign" / "library.db", "CREATE TABLE t(x)");
    EXPECT_NE(MessageOf([&] { store::Library::Open(dir.path / "foreign"); }).find("another program"),
              std::string::npos);
    std::filesystem::create_directories(dir.path / "garbage");
    std::ofstream(dir.path / "garbage" / "library.db") << std::string(5000, 'x');
    auto message = MessageOf([&] { store::Library::Open(dir.path / "garbage"); });
    EXPECT_NE(message.find("library.db"), std::string::npos) << message;
}

TEST(Safety, LockedLibrarySaysSo) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(test::MadridCase());
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    pid_t child = fork();
    if (child == 0) {
        // Another program holds a write transaction for a long time.
        sqlite3* h = nullptr;
        sqlite3_open((dir.path / "lib" / "library.db").c_str(), &h);
        sqlite3_exec(h, "BEGIN IMMEDIATE; UPDATE cases SET title = title;", nullptr, nullptr, nullptr);
        char byte = 1;
        (void)!write(ready[1], &byte, 1);
        sleep(30);
        _exit(0);
    }
    char byte;
    ASSERT_EQ(read(ready[0], &byte, 1), 1);
    auto message = MessageOf([&] { lib->Add(caseId, test::Call("2026-01-14T09:05", "x")); });
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    EXPECT_NE(message.find("in use by another program"), std::string::npos) << message;
    EXPECT_TRUE(lib->LoadCase(caseId).contacts.empty());
}

TEST(Safety, FullDiskGivesAMessageAndChangesNothing) {
    TempFolder dir;
    core::RecordId caseId = 0;
    {
        auto lib = store::Library::Open(dir.path / "lib");
        caseId = lib->CreateCase(test::MadridCase());
    }
    std::ofstream(dir.path / "big.bin", std::ios::binary) << std::string(2 << 20, 'z');
    pid_t child = fork();
    if (child == 0) {
        // A full disk, simulated: no file may grow past 64 KiB in this process.
        signal(SIGXFSZ, SIG_IGN);
        rlimit limit{64 << 10, 64 << 10};
        setrlimit(RLIMIT_FSIZE, &limit);
        try {
            auto lib = store::Library::Open(dir.path / "lib");
            lib->AttachFile(caseId, dir.path / "big.bin", core::Document{});
            _exit(3); // no error reported: wrong
        } catch (const StorageError& e) {
            _exit(std::string(e.what()).find("full") != std::string::npos ? 0 : 4);
        } catch (...) {
            _exit(5);
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    auto lib = store::Library::Open(dir.path / "lib");
    EXPECT_TRUE(lib->LoadCase(caseId).documents.empty());
    EXPECT_TRUE(lib->Check().empty());
}

TEST(Safety, ALibraryThatCannotBeCreatedSaysWhere) {
    TempFolder dir;
    std::ofstream(dir.path / "a-file") << "x";
    auto message = MessageOf([&] { store::Library::Open(dir.path / "a-file" / "lib"); });
    EXPECT_NE(message.find("cannot create the case library"), std::string::npos) << message;
}

TEST(Safety, FullDiskWhileLoggingKeepsEveryAcknowledgedRecord) {
    TempFolder dir;
    core::RecordId caseId = 0;
    {
        auto lib = store::Library::Open(dir.path / "lib");
        caseId = lib->CreateCase(test::MadridCase());
    }
    int acks[2];
    ASSERT_EQ(pipe(acks), 0);
    pid_t child = fork();
    if (child == 0) {
        close(acks[0]);
        // Room for the database as it is plus a little: the write-ahead log fills up first.
        signal(SIGXFSZ, SIG_IGN);
        rlim_t room = std::filesystem::file_size(dir.path / "lib" / "library.db") + (96 << 10);
        rlimit limit{room, room};
        setrlimit(RLIMIT_FSIZE, &limit);
        try {
            auto lib = store::Library::Open(dir.path / "lib");
            for (int n = 0; n < 100000; ++n) {
                lib->Add(caseId, test::Call("2026-01-14T09:05", "registro " + std::to_string(n) +
                                                                    std::string(300, '.')));
                (void)!write(acks[1], "+", 1);
            }
            _exit(3); // the limit was never reached: the test proves nothing
        } catch (const StorageError& e) {
            std::string what = e.what();
            _exit(what.find("case library") != std::string::npos || what.find("disk") != std::string::npos ? 0 : 4);
        } catch (...) {
            _exit(5);
        }
    }
    close(acks[1]);
    int acknowledged = 0;
    char byte;
    while (read(acks[0], &byte, 1) == 1) ++acknowledged;
    close(acks[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_GT(acknowledged, 0);
    auto lib = store::Library::Open(dir.path / "lib");
    EXPECT_EQ(static_cast<int>(lib->LoadCase(caseId).contacts.size()), acknowledged);
    EXPECT_TRUE(lib->Check().empty());
}
