#pragma once
// The "next call" brief: what to read out when a new operator asks you to explain it all again.
// Short plain text in the case's language (fits a card), built from the log and templates/texts.

#include "core/Model.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace reclama::dossier {

// Customer and reference numbers, the problem in two lines, each promise with who made it, when,
// and whether it was kept (with days late), days waiting since the first contact, what is asked
// for. `language` empty: the case's. Throws InputError for a language without texts.
std::string BuildBrief(const core::Case& c, const std::string& language, const core::Date& today,
                       const std::filesystem::path& templatesDir = {});

// The first sentences of `text` that fit in `maxChars` characters (code points); a first sentence
// that is longer is cut at a word and ends in "…".
std::string ShortText(const std::string& text, std::size_t maxChars);

} // namespace reclama::dossier
