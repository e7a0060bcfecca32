#pragma once
// One record as JSON, exactly as it appears in the case file (also used by the store's history).

#include "core/Model.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace reclama::casefile {

// How a link to another record is written: default "c1", "p1", "d3" (core::RecordHandle).
using IdWriter = std::function<std::string(core::RecordKind, core::RecordId)>;
std::string DefaultId(core::RecordKind kind, core::RecordId id);

// What a record's JSON depends on beyond the record itself. With the case's zone, a day- or
// month-precision time whose offset is not the zone's is written in full so the offset survives;
// with its currency, amounts whose Money has no currency are written in it (another one is an Error).
struct CaseContext {
    std::string timezone;
    std::string currency;
};

// Optional fields are left out when empty. Times are written with EventTime::ToIso and, where the
// text alone would not say it, their precision; amounts canonically.
nlohmann::json ToJson(const core::Contact& r, const IdWriter& idOf = DefaultId);
nlohmann::json ToJson(const core::Promise& r, const IdWriter& idOf = DefaultId);
nlohmann::json ToJson(const core::Invoice& r, const IdWriter& idOf = DefaultId);
nlohmann::json ToJson(const core::Payment& r, const IdWriter& idOf = DefaultId);
nlohmann::json ToJson(const core::Incident& r, const IdWriter& idOf = DefaultId);
nlohmann::json ToJson(const core::Note& r, const IdWriter& idOf = DefaultId);
// A document without its "file" (the writer adds it); original_name, sha256, size, media_type
// are included when known.
nlohmann::json ToJson(const core::Document& r, const IdWriter& idOf = DefaultId);

nlohmann::json ToJson(const core::Contact& r, const IdWriter& idOf, const CaseContext& context);
nlohmann::json ToJson(const core::Promise& r, const IdWriter& idOf, const CaseContext& context);
nlohmann::json ToJson(const core::Invoice& r, const IdWriter& idOf, const CaseContext& context);
nlohmann::json ToJson(const core::Payment& r, const IdWriter& idOf, const CaseContext& context);
nlohmann::json ToJson(const core::Incident& r, const IdWriter& idOf, const CaseContext& context);
nlohmann::json ToJson(const core::Note& r, const IdWriter& idOf, const CaseContext& context);
nlohmann::json ToJson(const core::Document& r, const IdWriter& idOf, const CaseContext& context);

} // namespace reclama::casefile
