#pragma once
// Reading an HTML e-mail body as plain text, for display and search when a mail has no text part.

#include <string>
#include <string_view>

namespace reclama::evidence {

// The text a person sees in the HTML: tags dropped, <script>/<style>/<head> contents dropped,
// block ends (<br>, </p>, </div>, </tr>, </li>, headings) as line breaks, common entities and
// numeric character references decoded, runs of blank lines collapsed.
std::string HtmlToText(std::string_view html);

} // namespace reclama::evidence
