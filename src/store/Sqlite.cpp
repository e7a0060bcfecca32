#include "Sqlite.h"

#include "core/Error.h"

namespace reclama::store {

Connection::Connection(const std::filesystem::path& file, bool create) : m_file(file) {
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(file.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError("cannot open the case library " + file.string() + ": " + detail);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection() { sqlite3_close_v2(m_db); }

void Connection::Fail(int rc, std::string_view doing) const {
    int primary = rc & 0xff;
    std::string where = "the case library " + m_file.parent_path().string();
    std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StorageError(where + " is in use by another program (" + std::string(doing) +
                           "); close it there or try again in a moment");
    case SQLITE_FULL:
        throw StorageError("the disk holding " + where + " is full; nothing was changed");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        throw StorageError(where + " cannot be written (read-only or no permission): " + detail);
    case SQLITE_IOERR:
        throw StorageError("the disk reported an error while " + std::string(doing) + " in " +
                           where + " (" + detail + "); nothing was changed");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StorageError(m_file.string() +
                           " is damaged or is not a Reclama case library; restore a backup");
    default:
        throw StorageError("error while " + std::string(doing) + " in " + where + ": " + detail);
    }
}

void Connection::Exec(std::string_view sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) Fail(rc, "updating");
}

std::int64_t Connection::LastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::Changes() const { return sqlite3_changes(m_db); }

Statement::Statement(Connection& db, std::string_view sql) : m_db(db) {
    int rc = sqlite3_prepare_v2(db.Handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt,
                                nullptr);
    if (rc != SQLITE_OK) db.Fail(rc, "reading");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::Bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::Bind(int index, const std::string& value) {
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::Bind(int index, std::nullptr_t) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::Step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    m_db.Fail(rc, "writing");
}

void Statement::Run() {
    while (Step()) {
    }
}

void Statement::Reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::IsNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(m_stmt, column); }
std::string Statement::Text(int column) const {
    const unsigned char* text = sqlite3_column_text(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char*>(text),
                              static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}
std::optional<std::int64_t> Statement::OptionalInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
}
std::optional<std::string> Statement::OptionalText(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Text(column);
}
int Statement::ColumnCount() const { return sqlite3_column_count(m_stmt); }
std::string Statement::ColumnName(int column) const { return sqlite3_column_name(m_stmt, column); }
int Statement::ColumnType(int column) const { return sqlite3_column_type(m_stmt, column); }

Transaction::Transaction(Connection& db) : m_db(db) { m_db.Exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_done) sqlite3_exec(m_db.Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
    m_db.Exec("COMMIT");
    m_done = true;
}

} // namespace reclama::store
