#pragma once
// Test helpers: a throw-away case folder holding a small valid case.json that tests then break.

#include "casefile/CaseFile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace reclama::casefile::fixture {

// A private folder under the system temp dir, removed at the end of the test.
class Scratch {
public:
    Scratch() : m_dir(TempDir::Create(std::filesystem::temp_directory_path(), "casefile-test-")) {}
    const std::filesystem::path& Path() const { return m_dir.Path(); }

private:
    TempDir m_dir;
};

// A valid case with one record of every kind, documents in files/.
nlohmann::json ValidCase();

void WriteFile(const std::filesystem::path& file, const std::string& bytes);
std::string ReadBytes(const std::filesystem::path& file);

// Writes `doc` as folder/case.json plus the attachments ValidCase() names.
std::filesystem::path WriteCaseFolder(const std::filesystem::path& folder, const nlohmann::json& doc);

// The object files of a read case, as the writer wants them.
ObjectPathOf ObjectsOf(const CaseFileContents& contents);

} // namespace reclama::casefile::fixture
