// SHA-256 through OpenSSL's EVP interface.
#include "evidence/Hash.h"

#include "core/Error.h"

#include <openssl/evp.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

namespace reclama::evidence {

struct Sha256::Context {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

Sha256::Sha256() : m_context(std::make_unique<Context>()) {
    if (!m_context->md || EVP_DigestInit_ex(m_context->md.get(), EVP_sha256(), nullptr) != 1) {
        throw Error("SHA-256 is not available from OpenSSL on this system");
    }
}

Sha256::~Sha256() = default;

void Sha256::Update(const void* data, std::size_t size) {
    if (EVP_DigestUpdate(m_context->md.get(), data, size) != 1) {
        throw Error("OpenSSL failed while computing a SHA-256 digest");
    }
}

std::string Sha256::HexDigest() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->md.get(), digest.data(), &length) != 1) {
        throw Error("OpenSSL failed while computing a SHA-256 digest");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0x0f]);
    }
    return hex;
}

std::string Sha256File(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw InputError(path.string(), "is a folder, not a file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(path.string(), std::string("cannot be opened to compute its SHA-256: ") +
                                            std::strerror(errno));
    }
    Sha256 digest;
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        if (in.gcount() > 0) digest.Update(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        throw InputError(path.string(), "could not be read to the end to compute its SHA-256");
    }
    return digest.HexDigest();
}

std::string Sha256Bytes(std::string_view bytes) {
    Sha256 digest;
    digest.Update(bytes.data(), bytes.size());
    return digest.HexDigest();
}

} // namespace reclama::evidence
