#pragma once
// The append-only history of every change: the whole row (and its document links) before and
// after, so any change can be shown field by field and the latest one undone.

#include "Library.h"
#include "Sqlite.h"

#include <nlohmann/json.hpp>

namespace reclama::store::history {

// The row of a record (or of the case, handle "case") with its links, or null when absent.
nlohmann::json Snapshot(Connection& db, const std::string& table, core::RecordId id,
                        const std::string& linkOwner);

// What points at a record that is about to be deleted (document links and text, promises made
// in a contact, replies to it), kept in the delete's snapshot so that undo can put it back.
nlohmann::json Dependents(Connection& db, core::RecordKind kind, core::RecordId id);

void Record(Connection& db, core::RecordId caseId, const std::string& handle,
            const std::string& action, const nlohmann::json& before, const nlohmann::json& after);

std::vector<HistoryEntry> Read(Connection& db, const std::string& where, const std::string& value);

struct Undone {
    std::string action; // "add", "edit" or "delete": what was undone
    std::string handle; // the record it touched ("c12", "case")
};

// Puts the newest change of the case that is not undone back as it was, inside the caller's
// transaction; nullopt if there is nothing to undo.
std::optional<Undone> UndoLatest(Connection& db, core::RecordId caseId);

} // namespace reclama::store::history
