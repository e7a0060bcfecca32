#pragma once
// Exhibit numbering and labels: the order of exhibits (first mention in the chronology, then
// the rest by document date) and how a profile writes their labels ("Documento nº 3", "JS3",
// "Exhibit C").

#include "Profile.h"
#include "core/Model.h"

#include <string>
#include <vector>

namespace reclama::dossier {

// Documents in exhibit order: first mention in the chronology (contacts, invoices, payments in
// time order), then the rest by document date (undated last), ties in file order.
std::vector<core::RecordId> ExhibitOrder(const core::Case& c);

// The initials of whoever signs (the representative, else the claimant): "Lucía Martín Ortega"
// -> "LMO". "JS" when the name gives none (UK practice names exhibits after the witness).
std::string SignerInitials(const core::Case& c);

// "A".."Z", "AA", "AB", ... for 1, 2, ...
std::string AlphaNumber(int n);

// "Documento nº 3", "JS3", "Exhibit C" for exhibit number n (1-based).
std::string ExhibitLabel(const Profile& profile, const std::string& language, const core::Case& c, int n);
// What is stamped on each page and cited in the text: "Doc. nº 3", "JS3", "Exhibit C".
std::string ExhibitStampPrefix(const Profile& profile, const std::string& language, const core::Case& c, int n);

// The profile's Bates prefix with {initials} filled in ("LMO"); empty without Bates numbering.
std::string BatesPrefix(const Profile& profile, const core::Case& c);

} // namespace reclama::dossier
