#pragma once
// Helpers for the dossier tests: the samples as cases, a small hand-made case, and ways to look
// into a DossierDocument.

#include "dossier/DossierBuilder.h"

#include <string>
#include <vector>

namespace reclama::dossier::test {

std::filesystem::path Templates();  // the source tree's templates/
bool HaveSamples();                  // the case-file reader is built
core::Case Sample(const std::string& name); // "es-adsl-averia", "cl-telefonia-empresa"
std::vector<std::string> SampleNames();
core::Case SmallCase(); // built by hand: three contacts, a promise, an invoice, two documents

core::Date D(const std::string& iso);
BuildOptions Options(const std::string& language, const std::string& today = "2026-07-01");

const Section* FindSection(const DossierDocument& doc, const std::string& key);
std::vector<std::string> SectionKeys(const DossierDocument& doc);
const Table* FirstTable(const Section& s);
const Table* LastTable(const Section& s);
std::vector<const Paragraph*> NumberedFacts(const Section& s);
std::string Text(const Paragraph& p);
// Every string in the section (paragraph runs, table cells, key/value items), one per line.
std::string AllText(const Section& s);

} // namespace reclama::dossier::test
