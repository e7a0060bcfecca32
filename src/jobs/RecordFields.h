#pragma once
// Sets a record's fields from text as a person types it ("--due 2026-03-09", "--channel phone"),
// so the CLI's add/edit and any other text front end share one set of names and parsers.

#include "core/Model.h"

#include <string>
#include <utility>
#include <vector>

namespace reclama::jobs {

// One field name and its value, in the order given.
using FieldValues = std::vector<std::pair<std::string, std::string>>;

// The field names each record kind accepts, with a one-line help text each.
struct FieldInfo {
    std::string name;
    std::string help;
};
const std::vector<FieldInfo>& FieldsOf(core::RecordKind kind);
const std::vector<FieldInfo>& CaseFields();

// Apply `values` to a record of the given case (the case gives currency, zone and the records
// links may point at). An empty value clears an optional field. Throws InputError naming the
// field ("--due") for an unknown field or a value that does not parse, leaving the record as it
// was.
void ApplyFields(core::Contact& record, const FieldValues& values, const core::Case& inCase);
void ApplyFields(core::Promise& record, const FieldValues& values, const core::Case& inCase);
void ApplyFields(core::Invoice& record, const FieldValues& values, const core::Case& inCase);
void ApplyFields(core::Payment& record, const FieldValues& values, const core::Case& inCase);
void ApplyFields(core::Incident& record, const FieldValues& values, const core::Case& inCase);
void ApplyFields(core::Note& record, const FieldValues& values, const core::Case& inCase);
void ApplyFields(core::Document& record, const FieldValues& values, const core::Case& inCase);
// Case details: title, jurisdiction, language, currency, timezone, status, summary, remedy,
// claimant-*, company-*, reference ("Label=Value", appended).
void ApplyCaseFields(core::Case& header, const FieldValues& values);

// Checks what a new record must have (a contact's summary, a promise's text, ...); throws
// InputError naming the missing field.
void RequireComplete(const core::Contact& r);
void RequireComplete(const core::Promise& r);
void RequireComplete(const core::Invoice& r);
void RequireComplete(const core::Payment& r);
void RequireComplete(const core::Incident& r);
void RequireComplete(const core::Note& r);
void RequireCompleteCase(const core::Case& header);

} // namespace reclama::jobs
