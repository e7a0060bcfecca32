#pragma once
// What an e-mail file (.eml) says: its headers, its text and the names of its attachments.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reclama::evidence {

// An e-mail as a person reads it; every string is valid UTF-8 with RFC 2047 words decoded.
struct EmailMessage {
    std::string from; // e.g. "Victor Diaz <gerencia@comercialandina.cl>"
    std::string to;   // addresses joined with ", "
    std::string cc;
    std::string date; // the Date header as written, e.g. "Tue, 10 Feb 2026 11:00:00 -0300"
    std::optional<std::string> dateIso; // "2026-02-10T11:00:00-03:00" when the Date was readable
    std::string subject;
    std::string messageId; // without angle brackets
    std::string body;      // text/plain part, else the HTML part as text; charset and
                           // transfer encoding decoded
    bool bodyFromHtml = false;
    std::vector<std::string> attachmentNames; // file names as given by the sender, no folders
};

// Reads an .eml file with GMime. Garbage gives whatever headers and text could be found, never a
// crash; a file that cannot be opened throws reclama::InputError naming it. The body is cut at
// kMaxEmailBodyBytes.
EmailMessage ParseEmail(const std::filesystem::path& path);

inline constexpr std::size_t kMaxEmailBodyBytes = 8u << 20;

} // namespace reclama::evidence
