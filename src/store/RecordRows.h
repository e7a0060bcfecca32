#pragma once
// How each kind of record is kept in its table: insert, update and read back, with the links to
// the documents it cites. Used inside the Library's transactions only.

#include "Sqlite.h"
#include "core/Model.h"

#include <string>

namespace reclama::store::rows {

std::string TableOf(core::RecordKind kind);

core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Contact& r);
core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Promise& r);
core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Invoice& r);
core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Payment& r);
core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Incident& r);
core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Note& r);
core::RecordId Insert(Connection& db, core::RecordId caseId, const core::Document& r);

// Updates return false when no such record exists.
bool Update(Connection& db, const core::Contact& r);
bool Update(Connection& db, const core::Promise& r);
bool Update(Connection& db, const core::Invoice& r);
bool Update(Connection& db, const core::Payment& r);
bool Update(Connection& db, const core::Incident& r);
bool Update(Connection& db, const core::Note& r);
bool Update(Connection& db, const core::Document& r);

void WriteLinks(Connection& db, core::RecordId caseId, const std::string& owner,
                const std::vector<core::DocumentLink>& links);

core::RecordId InsertCase(Connection& db, const core::Case& header, const std::string& nowUtc);
bool UpdateCase(Connection& db, const core::Case& header, const std::string& nowUtc);
core::Case LoadCase(Connection& db, core::RecordId caseId); // throws NotFoundError
core::Document LoadDocument(Connection& db, core::RecordId id); // throws NotFoundError

// The case a record belongs to, or 0.
core::RecordId CaseOf(Connection& db, core::RecordRef record);

std::string NowUtc(); // "2026-11-23T08:30:00Z"

} // namespace reclama::store::rows
