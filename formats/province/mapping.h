// A province template's mapping file (mapping.toml beside template.xlsx): which sheet of the
// template takes the filing, where, and in which words. templates/README.md documents every key
// with an example; each value keeps its line so that a mistake is pointed at.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/province/category_list.h"
#include "formats/province/mapping_fields.h"
#include "formats/xlsx/cell_reference.h"

namespace kpiconv::province {

enum class Layout {
  kRows,    // one row per indicator below a header row, columns found by their headings
  kBlocks,  // one block of rows per project, like the Word form, repeated down the sheet
};

// A column found by its heading (rows layout).
struct ColumnField {
  std::string heading;
  FieldId field;
  int line = 0;
};

// A fixed text in a column (rows layout, by heading) or a cell (blocks layout, by reference).
struct Constant {
  std::string where;  // heading or cell reference
  std::string text;
  int line = 0;
};

// A cell of the template's block (blocks layout).
struct CellField {
  xlsx::CellPosition cell;  // in the template, 0-based
  FieldId field;
  int line = 0;
};

// A column of the block's indicator row (blocks layout).
struct IndicatorColumn {
  int col = 0;
  FieldId field;
  int line = 0;
};

struct Mapping {
  std::string name;
  std::string description;
  std::string file;           // the mapping file, for messages
  std::string template_file;  // the workbook, relative to the mapping file's folder
  int template_line = 0;
  std::string sheet;
  int sheet_line = 0;
  Layout layout = Layout::kRows;
  std::string amount_unit = "元";  // of budget.* and of money-valued indicator numbers

  // rows
  int header_row = 0;  // 0-based
  std::vector<ColumnField> columns;

  // blocks
  int block_first_row = 0;  // the template's block, 0-based and inclusive
  int block_last_row = 0;
  int indicator_row = 0;  // the block's row repeated for each indicator
  int block_line = 0;
  std::vector<CellField> cells;
  std::vector<IndicatorColumn> indicator_columns;
  std::vector<int> merge_down;  // indicator columns merged down over equal values

  std::vector<Constant> constants;
  std::map<std::string, std::string, std::less<>> comparator_words;  // "≥" → "大于等于"
  std::string rising_word = "正向";                                  // ≥ > =
  std::string falling_word = "反向";                                 // ≤ <
  std::string qualitative_word = "定性";
  CategoryList categories;  // [categories]; none: categories as named

  // The word a comparator symbol is written as, and back (nullopt for a word not in the list).
  std::string comparator_word(std::string_view symbol) const;
  std::optional<std::string> comparator_symbol(std::string_view word) const;
  bool has_field(FieldId field) const;
};

// Parses a mapping; throws Error(kUsage, file, "line N: …") for what it cannot take: a text too
// large or nested too deeply to hand to toml++ (mapping_shape.h), TOML that does not parse, a
// missing or unknown key, a field no one has, a cell reference that is not one, more than a
// mapping may ask for (mapping_limits.h).
Mapping parse_mapping(std::string_view toml_text, const std::string& file);

}  // namespace kpiconv::province
