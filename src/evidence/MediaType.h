#pragma once
// What kind of evidence a file is: its media type as libmagic sees it, and how Reclama treats it.

#include <filesystem>
#include <string>
#include <string_view>

namespace reclama::evidence {

// How a file can appear in the dossier: PDF pages, a picture, text, an e-mail, or only cited.
enum class EvidenceType { Pdf, Image, Text, Email, Other };

// The media type from the file's content (libmagic, MAGIC_MIME_TYPE), e.g. "application/pdf",
// "image/png", "message/rfc822", "text/plain". Throws reclama::InputError naming the file when it
// cannot be read.
std::string DetectMediaType(const std::filesystem::path& path);

// Classifies from the media type and the file name's extension: only JPEG and PNG are images
// (what the dossier can draw), an .eml that libmagic calls text/plain is an e-mail.
EvidenceType ClassifyEvidence(std::string_view mediaType, const std::filesystem::path& path);

// DetectMediaType then ClassifyEvidence.
EvidenceType DetectEvidenceType(const std::filesystem::path& path);

// "pdf", "image", "text", "email", "other": stable names for storage and the CLI.
std::string_view ToString(EvidenceType type);

} // namespace reclama::evidence
