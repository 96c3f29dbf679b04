// What a province template's mapping may ask for. A real mapping is a few KB, nests three levels
// deep ([categories.codes] and its entries), names a few dozen columns or cells, a block of tens
// of rows and a list of tens of categories. These bounds are far beyond that and keep what one
// mapping makes kpiconv do in proportion to the filings it fills in: past one, the mapping is
// refused with the line to look at (templates/README.md, "Every key").
#pragma once

#include <cstddef>

namespace kpiconv::province {

// The mapping file, read no further: toml++ holds the whole text and its tree.
inline constexpr std::size_t kMaxMappingBytes = std::size_t{1} << 20;
// Tables within tables (a header's dotted names, dotted keys, inline tables and arrays), counted
// before toml++ parses the text: its parser and its tree recurse once per level, and 100,000
// levels overflow the stack.
inline constexpr int kMaxMappingNesting = 16;
// Rows of one project's block: copied for every project.
inline constexpr int kMaxBlockRows = 256;
// Entries of [columns], [cells], [indicator_columns] and [constants] and columns of merge_down:
// each is written (or compared) on every row filled.
inline constexpr std::size_t kMaxMappedEntries = 256;
// Entries of [categories.codes].
inline constexpr std::size_t kMaxCategoryCodes = 4096;
// Characters of any one text of a mapping (a heading, a constant, a word, a code, the format):
// the texts are written into every row.
inline constexpr std::size_t kMaxMappingText = 256;

}  // namespace kpiconv::province
