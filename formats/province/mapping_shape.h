// The shape of a mapping's text checked before toml++ parses it: its size and how deeply its
// tables nest, read from the TOML's own punctuation (table headers, dotted keys, `{`, `[`)
// outside strings and comments. toml++ recurses once per level of nesting, so a header of
// 100,000 dotted names overflows its stack: such a text never reaches it.
#pragma once

#include <string>
#include <string_view>

namespace kpiconv::province {

// Throws Error(kUsage, file, "line N: …") for a text longer than kMaxMappingBytes or nesting
// deeper than kMaxMappingNesting (mapping_limits.h). TOML that does not parse is left to toml++,
// which says what is wrong with it. The levels are counted as written; toml++ builds at most twice
// as many (a header under an array of tables, [[a]] then [a.b], does not repeat the array's
// level), far below what its stack holds.
void check_mapping_shape(std::string_view toml_text, const std::string& file);

}  // namespace kpiconv::province
