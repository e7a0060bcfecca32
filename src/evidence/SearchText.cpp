// Search text for text files and e-mails; other kinds have no text readable outside the sandbox.
#include "evidence/SearchText.h"

#include "core/Error.h"
#include "evidence/Email.h"
#include "evidence/Utf8.h"

#include <fstream>

namespace reclama::evidence {
namespace {

std::string ReadPrefix(const std::filesystem::path& path, std::size_t maxBytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(path.string(), "cannot be opened to read its text");
    }
    std::string bytes(maxBytes, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(maxBytes));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (bytes.size() == maxBytes) {
        // The cut may split a UTF-8 character: drop its first bytes rather than replace them.
        std::size_t start = bytes.size();
        while (start > 0 && bytes.size() - start < 4 &&
               (static_cast<unsigned char>(bytes[start - 1]) & 0xC0) == 0x80) {
            --start;
        }
        if (start > 0) {
            const auto lead = static_cast<unsigned char>(bytes[start - 1]);
            const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (need > bytes.size() - (start - 1)) {
                bytes.resize(start - 1);
            }
        }
    }
    return bytes;
}

} // namespace

std::string ExtractSearchText(const std::filesystem::path& path, EvidenceType type) {
    switch (type) {
    case EvidenceType::Text:
        return TruncateUtf8(TextBytesToUtf8(ReadPrefix(path, kMaxSearchTextBytes)),
                            kMaxSearchTextBytes);
    case EvidenceType::Email: {
        EmailMessage mail;
        try {
            mail = ParseEmail(path);
        } catch (const InputError&) {
            return {};
        }
        std::string text = mail.subject + "\n" + mail.from + "\n" + mail.body;
        return TruncateUtf8(std::move(text), kMaxSearchTextBytes);
    }
    case EvidenceType::Pdf:
    case EvidenceType::Image:
    case EvidenceType::Other:
        return {};
    }
    return {};
}

} // namespace reclama::evidence
