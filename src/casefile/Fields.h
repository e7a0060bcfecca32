#pragma once
// The field names each object of the case file may have, in the order they are written. The reader
// warns about any other field; the writer uses the order to keep the file readable.

#include <string_view>
#include <vector>

namespace reclama::casefile::fields {

using List = std::vector<std::string_view>;

inline const List kTop{"format", "version", "case"};
inline const List kCase{"title",    "jurisdiction", "language", "currency",  "timezone", "status",
                        "summary",  "remedy",       "references", "claimant", "company",  "contacts",
                        "promises", "invoices",     "payments", "incidents", "documents", "notes"};
inline const List kReference{"label", "value"};
inline const List kClaimant{"name", "id_number", "address", "email", "phone", "representative"};
inline const List kCompany{"name", "tax_id", "address", "customer_number"};
inline const List kContact{"id",        "at",         "precision", "recorded_at", "recorded_at_precision",
                           "channel",   "direction",  "duration_min", "wait_min", "agent",
                           "agent_id",  "department", "reference", "complaint", "reply_to",
                           "summary",   "quote",      "documents"};
inline const List kDocumentLink{"doc", "page"};
inline const List kPromise{"id", "contact", "by", "text", "due", "status", "resolved"};
inline const List kInvoice{"id",     "number",  "issued", "period_from", "period_to",
                           "due",    "billed",  "correct", "paid",       "documents"};
inline const List kPayment{"id", "at", "precision", "kind", "amount", "reference", "documents"};
inline const List kIncident{"id", "from", "from_precision", "to", "to_precision", "description"};
inline const List kDocument{"id",   "file", "original_name", "title",     "date",
                            "kind", "sha256", "size",        "media_type"};
inline const List kNote{"id", "at", "precision", "text"};

} // namespace reclama::casefile::fields
