// Libraries written by an older Reclama are upgraded in place, keeping every record; damaged
// ones are reported, never crashed on.

#include "TestLibrary.h"
#include "core/Error.h"
#include "store/Schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

using namespace reclama;
using reclama::test::Call;
using reclama::test::MadridCase;
using reclama::test::TempFolder;

namespace {

void RawExec(sqlite3* h, const std::string& sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &message);
    std::string text = message ? message : "";
    sqlite3_free(message);
    ASSERT_EQ(rc, SQLITE_OK) << text;
}

} // namespace

TEST(Migration, VersionOneLibraryIsUpgradedKeepingItsRecords) {
    TempFolder dir;
    std::filesystem::create_directories(dir.path / "lib");
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open((dir.path / "lib" / "library.db").c_str(), &h), SQLITE_OK);
    RawExec(h, store::MigrationSql(0));
    RawExec(h, "PRAGMA application_id = " + std::to_string(store::kApplicationId) +
                   "; PRAGMA user_version = 1;");
    RawExec(h, R"SQL(
        INSERT INTO cases VALUES (1, 'Avería ADSL', 'ES', 'es', 'EUR', 'Europe/Madrid', 'open',
            '', '', '{"name":"Lucía"}', '{"name":"Conecta"}', '[]', '2026-01-14T08:00:00Z',
            '2026-01-14T08:00:00Z');
        INSERT INTO contacts (id, case_id, at, precision, at_utc, channel, direction, summary)
            VALUES (1, 1, '2026-01-14T09:05:00+01:00', 'minute', '2026-01-14T08:05:00', 'phone',
                    'outgoing', 'Se comunica la avería');
        INSERT INTO promises (id, case_id, contact_id, text, status)
            VALUES (1, 1, 1, 'Técnico en 48 horas', 'pending');
        -- Contact 2 was added and deleted: version 1 would have handed its id out again.
        INSERT INTO history (case_id, at, handle, action) VALUES (1, '2026-01-14T08:10:00Z', 'c2', 'delete');
        INSERT INTO search (rowid, body, case_id, handle) VALUES (1, 'Se comunica la avería', 1, 'c1');
    )SQL");
    sqlite3_close(h);

    auto lib = store::Library::Open(dir.path / "lib");
    core::Case c = lib->LoadCase(1);
    EXPECT_EQ(c.title, "Avería ADSL");
    ASSERT_EQ(c.contacts.size(), 1u);
    EXPECT_EQ(c.promises.at(0).contact, 1);
    EXPECT_EQ(lib->Add(1, Call("2026-01-20T10:00", "Nueva")), 3);
    EXPECT_TRUE(lib->Check().empty());
    sqlite3* check = nullptr;
    sqlite3_open((dir.path / "lib" / "library.db").c_str(), &check);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(check, "PRAGMA user_version", -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), store::kSchemaVersion);
    sqlite3_finalize(st);
    sqlite3_close(check);
}

TEST(Migration, DamagedPagesAreReportedNotCrashedOn) {
    TempFolder dir;
    auto folder = dir.path / "lib";
    {
        auto lib = store::Library::Open(folder);
        auto caseId = lib->CreateCase(MadridCase());
        for (int i = 0; i < 200; ++i) lib->Add(caseId, Call("2026-01-14T09:05", "llamada " + std::to_string(i)));
    }
    auto db = folder / "library.db";
    ASSERT_GT(std::filesystem::file_size(db), 3 * 4096u);
    {
        // Scribble over everything after the first page (the header stays valid).
        std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096);
        std::string junk(std::filesystem::file_size(db) - 4096, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    std::string message;
    std::vector<std::string> problems;
    try {
        auto lib = store::Library::Open(folder);
        problems = lib->Check();
        if (problems.empty()) lib->ListCases();
    } catch (const StorageError& e) {
        message = e.what();
    }
    if (message.empty()) {
        ASSERT_FALSE(problems.empty());
        EXPECT_EQ(problems[0].rfind("database: ", 0), 0u) << problems[0];
    } else {
        EXPECT_NE(message.find("damaged"), std::string::npos) << message;
        EXPECT_NE(message.find("library.db"), std::string::npos) << message;
    }
}
