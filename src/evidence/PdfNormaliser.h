#pragma once
// Inside the sandbox helper only: reads an untrusted PDF with qpdf and writes a safe, plain copy.

#include "evidence/SandboxProtocol.h"

#include <cstdint>
#include <string>

namespace reclama::evidence::sandbox {

// Opens `input` (an empty user password is tried), drops scripts, actions, embedded files, XFA,
// document information and XMP metadata, refuses streams that decode to more than
// `maxStreamBytes`, and writes an unencrypted copy with object streams and a deterministic ID to
// `output`. Never throws for a bad file: the report says what happened. Must not run in the GUI
// or CLI process (a hostile file may exhaust memory or time; the helper's rlimits contain it).
HelperReport NormaliseUntrustedPdf(const std::string& input, const std::string& output,
                                   std::uint64_t maxStreamBytes);

} // namespace reclama::evidence::sandbox
