#pragma once
// SHA-256 fingerprints of evidence: the identity under which a file is stored and cited.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace reclama::evidence {

// A SHA-256 digest fed piece by piece, for bytes that pass by on their way elsewhere (a file
// copied into the store, an entry read out of a ZIP). Throws reclama::Error if OpenSSL fails.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void Update(const void* data, std::size_t size);
    // 64 lowercase hex digits; call once, at the end.
    std::string HexDigest();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

// SHA-256 of a file's bytes as 64 lowercase hex digits, read in chunks (any size).
// Throws reclama::InputError naming the file when it cannot be read.
std::string Sha256File(const std::filesystem::path& path);

// SHA-256 of bytes in memory as 64 lowercase hex digits.
std::string Sha256Bytes(std::string_view bytes);

} // namespace reclama::evidence
