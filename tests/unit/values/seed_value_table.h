// fixtures/values/seed_values.tsv: every distinct 指标值 of the seed fixtures with its parse,
// filled in by hand. UTF-8, tab-separated, the header line
// "raw kind comparator number upper unit date note", then one row per value sorted by code point.
// In a field, "\t", "\n" and "\\" stand for a tab, a line feed and a backslash.
#pragma once

#include <string>
#include <vector>

#include "converter/values/indicator_value.h"

namespace kpiconv::test {

struct SeedValueRow {
  int line = 0;  // 1-based line of the file, for messages
  std::string raw;
  std::string kind;  // as to_string(ValueKind) spells it
  ParsedValue expected;
};

std::string seed_value_table_path();
// The rows of the table; a malformed line fails the calling test (ADD_FAILURE) and is skipped.
std::vector<SeedValueRow> read_seed_value_table();

}  // namespace kpiconv::test
