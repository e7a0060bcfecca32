#pragma once
// Text folded for matching as people expect: case- and accent-insensitive ("Avería" = "averia").

#include <string>
#include <string_view>

namespace reclama::core {

std::string FoldForMatch(std::string_view text);

} // namespace reclama::core
