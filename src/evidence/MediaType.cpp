// File typing with libmagic; one magic cookie per thread because libmagic is not thread-safe.
#include "evidence/MediaType.h"

#include "core/Error.h"

#include <magic.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <system_error>

namespace reclama::evidence {
namespace {

struct MagicCloser {
    void operator()(magic_t cookie) const { magic_close(cookie); }
};
using MagicCookie = std::unique_ptr<std::remove_pointer_t<magic_t>, MagicCloser>;

magic_t ThreadCookie() {
    thread_local MagicCookie cookie = [] {
        // MAGIC_NO_CHECK_COMPRESS and friends: never look inside archives of hostile files.
        MagicCookie made(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_NO_CHECK_TAR |
                                    MAGIC_NO_CHECK_CDF));
        if (!made) {
            throw Error("the file-type library (libmagic) could not be started");
        }
        if (magic_load(made.get(), nullptr) != 0) {
            throw Error(std::string("the file-type database of libmagic could not be loaded: ") +
                        magic_error(made.get()));
        }
        return made;
    }();
    return cookie.get();
}

std::string LowerExtension(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

} // namespace

std::string DetectMediaType(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw InputError(path.string(), "is not a file that can be read");
    }
    magic_t cookie = ThreadCookie();
    const char* type = magic_file(cookie, path.c_str());
    if (type == nullptr) {
        const char* why = magic_error(cookie);
        throw InputError(path.string(), std::string("its type could not be determined: ") +
                                            (why != nullptr ? why : "unknown error"));
    }
    return type;
}

EvidenceType ClassifyEvidence(std::string_view mediaType, const std::filesystem::path& path) {
    const std::string extension = LowerExtension(path);
    if (mediaType == "application/pdf") {
        return EvidenceType::Pdf;
    }
    if (mediaType == "image/jpeg" || mediaType == "image/png") {
        return EvidenceType::Image;
    }
    if (mediaType == "message/rfc822") {
        return EvidenceType::Email;
    }
    // A short mail, or one that starts with a header libmagic does not know, is typed text/plain.
    if (extension == ".eml" && mediaType.substr(0, 5) == "text/") {
        return EvidenceType::Email;
    }
    if (mediaType == "text/plain") {
        return EvidenceType::Text;
    }
    // Chat logs and CSV exports that libmagic guesses to be code are still plain text to a person.
    if (mediaType.substr(0, 5) == "text/" &&
        (extension == ".txt" || extension == ".csv" || extension == ".log" || extension == ".md")) {
        return EvidenceType::Text;
    }
    return EvidenceType::Other;
}

EvidenceType DetectEvidenceType(const std::filesystem::path& path) {
    return ClassifyEvidence(DetectMediaType(path), path);
}

std::string_view ToString(EvidenceType type) {
    switch (type) {
    case EvidenceType::Pdf:
        return "pdf";
    case EvidenceType::Image:
        return "image";
    case EvidenceType::Text:
        return "text";
    case EvidenceType::Email:
        return "email";
    case EvidenceType::Other:
        return "other";
    }
    return "other";
}

} // namespace reclama::evidence
