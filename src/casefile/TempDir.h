#pragma once
// A private temporary directory (mode 0700) that is removed with everything in it when the owner goes.

#include <filesystem>
#include <string>

namespace reclama::casefile {

class TempDir {
public:
    TempDir() = default;
    // Creates a fresh directory inside `parent` whose name starts with `prefix`.
    static TempDir Create(const std::filesystem::path& parent, const std::string& prefix);
    // The same inside the system's temporary folder.
    static TempDir Create(const std::string& prefix);

    TempDir(TempDir&& other) noexcept;
    TempDir& operator=(TempDir&& other) noexcept;
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();

    const std::filesystem::path& Path() const { return m_path; }
    bool Empty() const { return m_path.empty(); }
    // Stops owning the directory (it was renamed into place); it is then not removed.
    std::filesystem::path Release();

private:
    explicit TempDir(std::filesystem::path path) : m_path(std::move(path)) {}
    void Remove() noexcept;
    std::filesystem::path m_path;
};

} // namespace reclama::casefile
