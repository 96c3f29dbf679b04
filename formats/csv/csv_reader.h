// Reads a CSV file into one table: encoding detected (UTF-8 with or without a BOM, GB18030,
// UTF-16, UTF-32 with a BOM), RFC 4180 quoting with embedded line breaks (a quote that never
// closes properly read as a character, with a warning), delimiter (comma, semicolon or tab)
// detected.
#pragma once

#include <string_view>
#include <vector>

#include "converter/registry/format.h"

namespace kpiconv {

class CsvReader : public Reader {
 public:
  std::string_view name() const override { return "csv"; }
  std::vector<std::string_view> extensions() const override { return {".csv", ".tsv"}; }
  std::string_view description() const override { return "CSV text"; }
  // Text (in some encoding) whose first line holds a delimiter; registered last, as CSV has no
  // signature. Throws Error(kUnreadable) for a file with a byte order mark that is not the text
  // the mark announces.
  bool claims(const InputProbe& probe) const override;
  void read(const std::string& path, BlockSink& sink, const ReadOptions& options) const override;
};

// The delimiter of `text`: the candidate splitting its first lines into the most, equal, fields.
char detect_delimiter(std::string_view text);
// RFC 4180 records of `text` (UTF-8), split on `delimiter`.
std::vector<std::vector<std::string>> parse_csv(std::string_view text, char delimiter);

// A field as kpiconv's CSV writer meant it: the ' it puts before a cell a spreadsheet would run as
// a formula ("'=", "'-3") taken off again.
std::string without_formula_guard(std::string text);

}  // namespace kpiconv
