#pragma once
// Full-text search over what people remember of a case: summaries, quotes, agents, references,
// notes, promises, document titles and the text of text-like attachments (FTS5, accent-folded).

#include "Library.h"
#include "Sqlite.h"

namespace reclama::store::search {

// Replaces the indexed text of one record ("c12", "case" for the case details).
void Index(Connection& db, core::RecordId caseId, const std::string& handle, const std::string& body);
void Remove(Connection& db, core::RecordId caseId, const std::string& handle);
// Rebuilds the entries of a whole case from its records (after an import).
void ReindexCase(Connection& db, const core::Case& c);
// Indexes one record of `c` again, or removes its entry when `c` no longer has it (after an undo).
void ReindexRecord(Connection& db, const core::Case& c, const std::string& handle);

std::string BodyOf(const core::Case& header);
std::string BodyOf(const core::Contact& r);
std::string BodyOf(const core::Promise& r);
std::string BodyOf(const core::Invoice& r);
std::string BodyOf(const core::Payment& r);
std::string BodyOf(const core::Incident& r);
std::string BodyOf(const core::Note& r);
std::string BodyOf(Connection& db, const core::Document& r); // title, name, extracted text

// Turns plain words into a safe FTS5 query: each word quoted, matched as a prefix, all required.
std::string ToFtsQuery(const std::string& text);

std::vector<SearchHit> Query(Connection& db, const std::string& text, int limit);

} // namespace reclama::store::search
