#pragma once
// A thin RAII layer over the SQLite C API: a connection, prepared statements and transactions,
// turning every SQLite failure into a StorageError that names the library file.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace reclama::store {

class Connection;

class Statement {
public:
    Statement(Connection& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& Bind(int index, std::int64_t value);
    Statement& Bind(int index, int value) { return Bind(index, static_cast<std::int64_t>(value)); }
    Statement& Bind(int index, const std::string& value);
    Statement& Bind(int index, const char* value) { return Bind(index, std::string(value)); }
    Statement& Bind(int index, std::nullptr_t);
    template <typename T>
    Statement& Bind(int index, const std::optional<T>& value) {
        return value ? Bind(index, *value) : Bind(index, nullptr);
    }
    // Binds every argument in order, starting at 1.
    template <typename... Args>
    Statement& BindAll(const Args&... args) {
        int index = 0;
        (Bind(++index, args), ...);
        return *this;
    }

    bool Step(); // true while a row is available
    void Run();  // steps to the end
    void Reset();

    bool IsNull(int column) const;
    std::int64_t Int(int column) const;
    std::string Text(int column) const;
    std::optional<std::int64_t> OptionalInt(int column) const;
    std::optional<std::string> OptionalText(int column) const;
    int ColumnCount() const;
    std::string ColumnName(int column) const;
    int ColumnType(int column) const;

private:
    Connection& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class Connection {
public:
    // Opens (creating if needed) the database file. Throws StorageError naming the file.
    explicit Connection(const std::filesystem::path& file, bool create = true);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void Exec(std::string_view sql);
    std::int64_t LastInsertId() const;
    int Changes() const;
    sqlite3* Handle() { return m_db; }
    const std::filesystem::path& File() const { return m_file; }

    // Throws a StorageError for SQLite result `rc`, with a message a person can act on.
    [[noreturn]] void Fail(int rc, std::string_view doing) const;

private:
    sqlite3* m_db = nullptr;
    std::filesystem::path m_file;
};

// BEGIN IMMEDIATE on construction; ROLLBACK unless Commit() was called. A user action is one
// transaction, so a failure half-way changes nothing.
class Transaction {
public:
    explicit Transaction(Connection& db);
    ~Transaction();
    void Commit();

private:
    Connection& m_db;
    bool m_done = false;
};

} // namespace reclama::store
