#include "seed_value_table.h"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>

#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv::test {
namespace {

constexpr size_t kColumns = 8;
constexpr const char* kHeader = "raw\tkind\tcomparator\tnumber\tupper\tunit\tdate\tnote";

std::string unescape(const std::string& field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out.push_back(field[i]);
      continue;
    }
    char next = field[++i];
    out.push_back(next == 't' ? '\t' : next == 'n' ? '\n' : next);
  }
  return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream stream(line);
  std::string field;
  while (std::getline(stream, field, '\t')) fields.push_back(unescape(field));
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

std::optional<ValueKind> kind_named(const std::string& name) {
  for (ValueKind kind : {ValueKind::kQuantitative, ValueKind::kQualitative, ValueKind::kRange,
                         ValueKind::kDeadline, ValueKind::kText}) {
    if (name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

}  // namespace

std::string seed_value_table_path() {
  return source_dir() + "/fixtures/values/seed_values.tsv";
}

std::vector<SeedValueRow> read_seed_value_table() {
  std::istringstream file(read_bytes(seed_value_table_path()));
  std::vector<SeedValueRow> rows;
  std::string line;
  int number = 0;
  while (std::getline(file, line)) {
    ++number;
    if (number == 1) {
      EXPECT_EQ(line, kHeader) << seed_value_table_path() << ": the header line";
      continue;
    }
    std::vector<std::string> fields = split_tabs(line);
    std::optional<ValueKind> kind =
        fields.size() == kColumns ? kind_named(fields[1]) : std::nullopt;
    if (!kind) {
      ADD_FAILURE() << seed_value_table_path() << ":" << number << ": expected " << kColumns
                    << " fields with a known kind: " << line;
      continue;
    }
    SeedValueRow row;
    row.line = number;
    row.raw = fields[0];
    row.kind = fields[1];
    row.expected = ParsedValue{.kind = *kind,
                               .comparator = fields[2],
                               .number = fields[3],
                               .upper = fields[4],
                               .unit = fields[5],
                               .date = fields[6],
                               .note = fields[7]};
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace kpiconv::test
