#include "History.h"

#include "RecordRows.h"
#include "core/Error.h"

namespace reclama::store::history {
namespace {

using nlohmann::json;

json ColumnValue(Statement& st, int column) {
    switch (st.ColumnType(column)) {
    case SQLITE_NULL: return nullptr;
    case SQLITE_INTEGER: return st.Int(column);
    default: return st.Text(column);
    }
}

std::string ValueText(const json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

void BindJson(Statement& st, int index, const json& value) {
    if (value.is_null()) st.Bind(index, nullptr);
    else if (value.is_number_integer()) st.Bind(index, value.get<std::int64_t>());
    else st.Bind(index, ValueText(value));
}

// Writes `row` back into `table` (insert or replace by id) and restores its links.
void Restore(Connection& db, const std::string& table, const json& snapshot) {
    const json& row = snapshot.at("row");
    std::string columns, marks;
    for (const auto& [name, value] : row.items()) {
        columns += (columns.empty() ? "" : ", ") + name;
        marks += marks.empty() ? "?" : ", ?";
    }
    Statement st(db, "INSERT OR REPLACE INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
    int index = 0;
    for (const auto& [name, value] : row.items()) BindJson(st, ++index, value);
    st.Run();
    if (snapshot.contains("links")) {
        std::vector<core::DocumentLink> links;
        for (const auto& l : snapshot["links"]) {
            core::DocumentLink link{l.at("document").get<core::RecordId>(), std::nullopt};
            if (!l.at("page").is_null()) link.page = l.at("page").get<int>();
            links.push_back(link);
        }
        rows::WriteLinks(db, row.value("case_id", row.value("id", core::RecordId{0})),
                         snapshot.at("owner").get<std::string>(), links);
    }
}

std::string TableOfHandle(const std::string& handle) {
    if (handle == "case") return "cases";
    auto ref = core::ParseRecordHandle(handle);
    if (!ref) throw StorageError("the history names an unknown record " + handle);
    return rows::TableOf(ref->kind);
}

} // namespace

json Snapshot(Connection& db, const std::string& table, core::RecordId id,
              const std::string& linkOwner) {
    Statement st(db, "SELECT * FROM " + table + " WHERE id = ?");
    st.Bind(1, id);
    if (!st.Step()) return nullptr;
    json row = json::object();
    for (int i = 0; i < st.ColumnCount(); ++i) row[st.ColumnName(i)] = ColumnValue(st, i);
    json snapshot = {{"row", row}};
    if (!linkOwner.empty()) {
        json links = json::array();
        Statement ls(db, "SELECT document_id, page FROM document_links WHERE owner = ? ORDER BY position");
        ls.Bind(1, linkOwner);
        while (ls.Step()) links.push_back({{"document", ls.Int(0)}, {"page", ColumnValue(ls, 1)}});
        snapshot["owner"] = linkOwner;
        snapshot["links"] = links;
    }
    return snapshot;
}

void Record(Connection& db, core::RecordId caseId, const std::string& handle,
            const std::string& action, const json& before, const json& after) {
    Statement st(db, "INSERT INTO history (case_id, at, handle, action, old_row, new_row) "
                     "VALUES (?, ?, ?, ?, ?, ?)");
    std::optional<std::string> oldRow, newRow;
    if (!before.is_null()) oldRow = before.dump();
    if (!after.is_null()) newRow = after.dump();
    st.BindAll(caseId, rows::NowUtc(), handle, action, oldRow, newRow).Run();
}

std::vector<HistoryEntry> Read(Connection& db, const std::string& where, const std::string& value) {
    std::vector<HistoryEntry> entries;
    Statement st(db, "SELECT id, case_id, at, handle, action, old_row, new_row FROM history WHERE " +
                         where + " = ? ORDER BY id");
    st.Bind(1, value);
    while (st.Step()) {
        HistoryEntry e;
        e.id = st.Int(0);
        e.caseId = st.Int(1);
        e.at = st.Text(2);
        e.handle = st.Text(3);
        e.action = st.Text(4);
        json before = st.IsNull(5) ? json::object() : json::parse(st.Text(5)).value("row", json::object());
        json after = st.IsNull(6) ? json::object() : json::parse(st.Text(6)).value("row", json::object());
        for (const auto& [name, value] : after.items()) {
            json old = before.contains(name) ? before[name] : json(nullptr);
            if (old != value && name != "updated_at" && name != "at_utc") {
                e.changes.emplace_back(name, ValueText(old), ValueText(value));
            }
        }
        for (const auto& [name, value] : before.items()) {
            if (!after.contains(name)) e.changes.emplace_back(name, ValueText(value), "");
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

std::optional<std::string> UndoLatest(Connection& db, core::RecordId caseId) {
    Statement st(db, "SELECT id, handle, action, old_row, new_row FROM history WHERE case_id = ? "
                     "AND undone = 0 AND action IN ('add', 'edit', 'delete') ORDER BY id DESC LIMIT 1");
    st.Bind(1, caseId);
    if (!st.Step()) return std::nullopt;
    std::int64_t entryId = st.Int(0);
    std::string handle = st.Text(1), action = st.Text(2);
    json before = st.IsNull(3) ? json(nullptr) : json::parse(st.Text(3));
    json after = st.IsNull(4) ? json(nullptr) : json::parse(st.Text(4));
    std::string table = TableOfHandle(handle);
    if (action == "add") {
        core::RecordId id = after.at("row").at("id").get<core::RecordId>();
        Statement del(db, "DELETE FROM " + table + " WHERE id = ?");
        del.Bind(1, id).Run();
        Statement links(db, "DELETE FROM document_links WHERE owner = ?");
        links.Bind(1, handle).Run();
    } else {
        Restore(db, table, before); // edit or delete: the row as it was
    }
    Statement mark(db, "UPDATE history SET undone = 1 WHERE id = ?");
    mark.Bind(1, entryId).Run();
    Record(db, caseId, handle, "undo", after, before);
    return action + " " + handle;
}

} // namespace reclama::store::history
