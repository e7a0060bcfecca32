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

// Puts back what pointed at a deleted record (see Dependents): foreign keys cleared those
// pointers when it was deleted, and undoing the delete must bring back the whole picture.
void RestoreDependents(Connection& db, core::RecordId id, const json& dependents) {
    for (const auto& l : dependents.value("links", json::array())) {
        Statement st(db, "INSERT OR IGNORE INTO document_links (case_id, owner, position, "
                         "document_id, page) VALUES (?, ?, ?, ?, ?)");
        st.BindAll(l.at("case_id").get<core::RecordId>(), l.at("owner").get<std::string>(),
                   l.at("position").get<std::int64_t>(), id);
        BindJson(st, 5, l.at("page"));
        st.Run();
    }
    for (const auto& p : dependents.value("promises", json::array())) {
        Statement st(db, "UPDATE promises SET contact_id = ? WHERE id = ? AND contact_id IS NULL");
        st.BindAll(id, p.get<core::RecordId>()).Run();
    }
    for (const auto& k : dependents.value("replies", json::array())) {
        Statement st(db, "UPDATE contacts SET reply_to = ? WHERE id = ? AND reply_to IS NULL");
        st.BindAll(id, k.get<core::RecordId>()).Run();
    }
    if (dependents.contains("text")) {
        Statement st(db, "INSERT OR REPLACE INTO document_text (document_id, text) VALUES (?, ?)");
        st.BindAll(id, dependents["text"].get<std::string>()).Run();
    }
}

// Writes `row` back into `table` and restores its links. An upsert, never INSERT OR REPLACE:
// REPLACE deletes the old row first, and the foreign keys would cascade that delete to every
// record of the case.
void Restore(Connection& db, const std::string& table, const json& snapshot) {
    const json& row = snapshot.at("row");
    std::string columns, marks, updates;
    for (const auto& [name, value] : row.items()) {
        columns += (columns.empty() ? "" : ", ") + name;
        marks += marks.empty() ? "?" : ", ?";
        if (name != "id") updates += (updates.empty() ? "" : ", ") + name + " = excluded." + name;
    }
    Statement st(db, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks +
                         ") ON CONFLICT(id) DO UPDATE SET " + updates);
    int index = 0;
    for (const auto& [name, value] : row.items()) BindJson(st, ++index, value);
    st.Run();
    const core::RecordId id = row.at("id").get<core::RecordId>();
    if (snapshot.contains("links")) {
        std::vector<core::DocumentLink> links;
        for (const auto& l : snapshot["links"]) {
            core::DocumentLink link{l.at("document").get<core::RecordId>(), std::nullopt};
            if (!l.at("page").is_null()) link.page = l.at("page").get<int>();
            links.push_back(link);
        }
        rows::WriteLinks(db, row.value("case_id", id), snapshot.at("owner").get<std::string>(),
                         links);
    }
    if (snapshot.contains("dependents")) RestoreDependents(db, id, snapshot["dependents"]);
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

json Dependents(Connection& db, core::RecordKind kind, core::RecordId id) {
    json dependents = json::object();
    if (kind == core::RecordKind::Document) {
        json links = json::array();
        Statement st(db, "SELECT case_id, owner, position, page FROM document_links "
                         "WHERE document_id = ?");
        st.Bind(1, id);
        while (st.Step()) {
            links.push_back({{"case_id", st.Int(0)}, {"owner", st.Text(1)},
                             {"position", st.Int(2)}, {"page", ColumnValue(st, 3)}});
        }
        dependents["links"] = links;
        Statement text(db, "SELECT text FROM document_text WHERE document_id = ?");
        text.Bind(1, id);
        if (text.Step()) dependents["text"] = text.Text(0);
    } else if (kind == core::RecordKind::Contact) {
        json promises = json::array(), replies = json::array();
        Statement p(db, "SELECT id FROM promises WHERE contact_id = ?");
        p.Bind(1, id);
        while (p.Step()) promises.push_back(p.Int(0));
        Statement r(db, "SELECT id FROM contacts WHERE reply_to = ?");
        r.Bind(1, id);
        while (r.Step()) replies.push_back(r.Int(0));
        dependents["promises"] = promises;
        dependents["replies"] = replies;
    }
    return dependents;
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

std::optional<Undone> UndoLatest(Connection& db, core::RecordId caseId) {
    Statement st(db, "SELECT id, handle, action, old_row, new_row FROM history WHERE case_id = ? "
                     "AND undone = 0 AND action IN ('add', 'edit', 'delete') "
                     // Creating the case itself is not undone: that would delete the whole case.
                     "AND NOT (handle = 'case' AND action = 'add') ORDER BY id DESC LIMIT 1");
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
    return Undone{action, handle};
}

} // namespace reclama::store::history
