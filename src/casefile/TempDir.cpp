#include "casefile/TempDir.h"

#include "core/Error.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

namespace reclama::casefile {

TempDir TempDir::Create(const std::filesystem::path& parent, const std::string& prefix) {
    // mkdtemp picks an unpredictable name and creates it atomically with mode 0700.
    std::string pattern = (parent / (prefix + "XXXXXX")).string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!::mkdtemp(buffer.data())) {
        throw Error("cannot create a temporary folder in " + parent.string() + ": " +
                    std::strerror(errno));
    }
    return TempDir(std::filesystem::path(buffer.data()));
}

TempDir TempDir::Create(const std::string& prefix) {
    return Create(std::filesystem::temp_directory_path(), prefix);
}

TempDir::TempDir(TempDir&& other) noexcept : m_path(std::move(other.m_path)) { other.m_path.clear(); }

TempDir& TempDir::operator=(TempDir&& other) noexcept {
    if (this != &other) {
        Remove();
        m_path = std::move(other.m_path);
        other.m_path.clear();
    }
    return *this;
}

TempDir::~TempDir() { Remove(); }

std::filesystem::path TempDir::Release() {
    std::filesystem::path path = std::move(m_path);
    m_path.clear();
    return path;
}

void TempDir::Remove() noexcept {
    if (m_path.empty()) return;
    std::error_code ignored; // best effort: a leftover temp folder must not mask the real error
    std::filesystem::remove_all(m_path, ignored);
    m_path.clear();
}

} // namespace reclama::casefile
