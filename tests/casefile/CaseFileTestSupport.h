#pragma once
// Helpers for the casefile tests: sample paths, case folders and ZIPs built in temp folders,
// and a check that a read is refused at an exact JSON pointer.

#include "casefile/CaseFile.h"
#include "casefile/TempDir.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace reclama::casefile::test {

namespace fs = std::filesystem;

// A private scratch folder under the system temp folder, removed at the end of the test.
TempDir Scratch();

fs::path SampleDir(const std::string& name);
nlohmann::json LoadJson(const fs::path& file);
std::string ReadBytes(const fs::path& file);
void WriteBytes(const fs::path& file, const std::string& bytes);

// A small valid case: one contact linking one document ("files/carta.pdf"), one promise,
// one invoice, one payment, one incident, one note.
nlohmann::json MinimalCase();

// Writes `caseJson` as dir/case.json and, for every document whose file is inside dir and
// missing, a small file with that name.
fs::path WriteCaseFolder(const fs::path& dir, const nlohmann::json& caseJson);

// Builds a ZIP from (name, bytes) entries, deflated.
void MakeZip(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& entries);

// Where() of the InputError that `action` throws; fails the test if it throws nothing else.
std::string RefusalWhere(const std::function<void()>& action, std::string* message = nullptr);

// Reads a case folder holding `caseJson` and returns Where() of the refusal.
std::string RefusalOf(const nlohmann::json& caseJson, std::string* message = nullptr);

// Every time in a case as text (ISO, offset, precision), so a failed comparison says which.
std::string DescribeTimes(const core::Case& c);

// Every document's file, read back.
std::vector<std::string> AttachmentBytes(const CaseFileContents& contents);

} // namespace reclama::casefile::test
