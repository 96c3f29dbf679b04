#include "formats/province/mapping.h"

#include <toml++/toml.h>

#include <algorithm>

#include "converter/error.h"
#include "converter/text/text.h"
#include "converter/values/money_units.h"
#include "formats/province/mapping_limits.h"
#include "formats/province/mapping_shape.h"
#include "formats/xlsx/sheet_limits.h"

namespace kpiconv::province {
namespace {

constexpr std::string_view kComparators[] = {"≥", "≤", ">", "<", "="};

size_t characters(std::string_view text) {
  size_t count = 0;
  for (size_t at = 0; at < text.size(); ++count) next_code_point(text, at);
  return count;
}

size_t occurrences(std::string_view text, std::string_view part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

// "1" or " 1048576 ": a row number of a sheet, digits only; nullopt otherwise.
std::optional<int> row_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || text.size() > 7) return std::nullopt;
  int row = 0;
  for (char c : text) {
    if (!is_ascii_digit(c)) return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (row < 1 || row > xlsx::kMaxRows) return std::nullopt;
  return row;
}

class MappingParser {
 public:
  explicit MappingParser(const std::string& file) : file_(file) {}

  [[noreturn]] void fail(int line, const std::string& cause) const {
    throw Error(ErrorKind::kUsage, file_, "line " + std::to_string(line) + ": " + cause);
  }
  static int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
  static int line_of(const toml::key& key) { return static_cast<int>(key.source().begin.line); }

  void check_length(std::string_view text, int line, std::string_view what) const {
    if (size_t length = characters(text); length > kMaxMappingText) {
      fail(line, std::string(what) + " is " + std::to_string(length) +
                     " characters long; a text of a mapping has at most " +
                     std::to_string(kMaxMappingText));
    }
  }

  std::string text(const toml::node& node, std::string_view what) const {
    const auto* value = node.as_string();
    if (value == nullptr) fail(line_of(node), std::string(what) + " must be text in quotes");
    check_length(value->get(), line_of(node), what);
    return value->get();
  }

  std::string key_text(const toml::key& key, std::string_view what) const {
    check_length(key.str(), line_of(key), what);
    return std::string(key.str());
  }

  int positive_integer(const toml::node& node, std::string_view what) const {
    if (const auto* value = node.as_integer();
        value != nullptr && value->get() >= 1 && value->get() <= xlsx::kMaxRows) {
      return static_cast<int>(value->get());
    }
    fail(line_of(node),
         std::string(what) + " must be a row number from 1 to " + std::to_string(xlsx::kMaxRows));
  }

  FieldId field(const toml::node& node) const {
    std::string name = text(node, "a field");
    if (std::optional<FieldId> id = field_named(name)) return *id;
    std::string known;
    for (std::string_view candidate : field_names()) {
      known += (known.empty() ? "" : ", ") + std::string(candidate);
    }
    fail(line_of(node), "no field is named '" + name + "' (fields: " + known + ")");
  }

  xlsx::CellPosition cell(const toml::key& key) const {
    std::optional<xlsx::CellPosition> position = xlsx::parse_cell_reference(key.str());
    if (!position || position->beyond_sheet()) {
      fail(line_of(key), "'" + std::string(key.str()) + "' is not a cell like B3");
    }
    return *position;
  }

  int column(const toml::key& key) const {
    std::optional<xlsx::CellPosition> position =
        xlsx::parse_cell_reference(std::string(key.str()) + "1");
    if (!position || position->beyond_sheet()) {
      fail(line_of(key), "'" + std::string(key.str()) + "' is not a column like C");
    }
    return position->col;
  }

  // The table [what], of at most `most` entries: each is written or looked up for every row or
  // indicator filled.
  const toml::table& table(const toml::node& node, std::string_view what,
                           size_t most = kMaxMappedEntries) const {
    const auto* value = node.as_table();
    if (value == nullptr) {
      fail(line_of(node), std::string(what) + " must be a table ([" + std::string(what) + "])");
    }
    if (value->size() > most) {
      fail(line_of(node), "[" + std::string(what) + "] has " + std::to_string(value->size()) +
                              " entries; a mapping's [" + std::string(what) + "] has at most " +
                              std::to_string(most));
    }
    return *value;
  }

  Mapping parse(std::string_view toml_text) {
    check_mapping_shape(toml_text, file_);
    toml::table root;
    try {
      root = toml::parse(toml_text, file_);
    } catch (const toml::parse_error& error) {
      fail(static_cast<int>(error.source().begin.line),
           "not TOML: " + std::string(error.description()));
    }
    Mapping mapping;
    mapping.file = file_;
    static constexpr std::string_view kKnownKeys[] = {
        "name",       "description", "template",      "sheet",   "layout",    "amount_unit",
        "header_row", "block",       "indicator_row", "columns", "cells",     "indicator_columns",
        "merge_down", "constants",   "comparators",   "natures", "categories"};
    for (const auto& [key, value] : root) {
      if (std::find(std::begin(kKnownKeys), std::end(kKnownKeys), key.str()) ==
          std::end(kKnownKeys)) {
        fail(line_of(key), "unknown key '" + std::string(key.str()) + "'");
      }
    }
    auto required = [&](std::string_view key) -> const toml::node& {
      const toml::node* node = root.get(key);
      if (node == nullptr) fail(1, "the mapping needs '" + std::string(key) + " = …'");
      return *node;
    };
    if (const toml::node* node = root.get("name")) mapping.name = text(*node, "name");
    if (const toml::node* node = root.get("description")) {
      mapping.description = text(*node, "description");
    }
    const toml::node& workbook = required("template");
    mapping.template_file = text(workbook, "template");
    mapping.template_line = line_of(workbook);
    const toml::node& sheet = required("sheet");
    mapping.sheet = text(sheet, "sheet");
    mapping.sheet_line = line_of(sheet);
    const toml::node& layout = required("layout");
    std::string layout_name = text(layout, "layout");
    if (layout_name == "rows") {
      mapping.layout = Layout::kRows;
    } else if (layout_name == "blocks") {
      mapping.layout = Layout::kBlocks;
    } else {
      fail(line_of(layout),
           "layout is \"rows\" (one row per indicator) or \"blocks\" (one "
           "block per project), not \"" +
               layout_name + "\"");
    }
    if (const toml::node* node = root.get("amount_unit")) {
      mapping.amount_unit = text(*node, "amount_unit");
      if (!is_money_unit(mapping.amount_unit)) {
        fail(line_of(*node), "amount_unit is 元 or 万元, not " + mapping.amount_unit);
      }
    }
    if (mapping.layout == Layout::kRows) {
      parse_rows(root, mapping, required);
    } else {
      parse_blocks(root, mapping, required);
    }
    if (const toml::node* node = root.get("constants")) {
      for (const auto& [key, value] : table(*node, "constants")) {
        if (mapping.layout == Layout::kBlocks) in_block(mapping, key);
        mapping.constants.push_back(
            {key_text(key, "a constant's place"), text(value, "a constant"), line_of(key)});
      }
    }
    if (const toml::node* node = root.get("comparators")) {
      for (const auto& [key, value] : table(*node, "comparators")) {
        if (std::find(std::begin(kComparators), std::end(kComparators), key.str()) ==
            std::end(kComparators)) {
          fail(line_of(key), "comparators are ≥ ≤ > < =, not '" + std::string(key.str()) + "'");
        }
        mapping.comparator_words[std::string(key.str())] = text(value, "a comparator's word");
      }
    }
    if (const toml::node* node = root.get("natures")) {
      for (const auto& [key, value] : table(*node, "natures")) {
        std::string word = text(value, "a nature's word");
        if (key.str() == "rising") {
          mapping.rising_word = word;
        } else if (key.str() == "falling") {
          mapping.falling_word = word;
        } else if (key.str() == "qualitative") {
          mapping.qualitative_word = word;
        } else {
          fail(line_of(key),
               "natures are rising, falling and qualitative, not '" + std::string(key.str()) + "'");
        }
      }
    }
    if (const toml::node* node = root.get("categories")) {
      const toml::table& categories = table(*node, "categories");
      std::string format = "{code} {name}";
      std::vector<std::pair<std::string, std::string>> codes;
      for (const auto& [key, value] : categories) {
        if (key.str() == "format") {
          format = text(value, "the format");
          check_format(format, line_of(value));
        } else if (key.str() == "codes") {
          for (const auto& [name, code] : table(value, "categories.codes", kMaxCategoryCodes)) {
            codes.emplace_back(key_text(name, "a category"), text(code, "a code"));
          }
        } else {
          fail(line_of(key),
               "categories has format and codes, not '" + std::string(key.str()) + "'");
        }
      }
      mapping.categories = CategoryList(std::move(format), std::move(codes));
    }
    return mapping;
  }

 private:
  // A drop-down entry's format: {name} once, {code} at most once, as the entries read.
  void check_format(const std::string& format, int line) const {
    size_t names = occurrences(format, "{name}");
    size_t codes = occurrences(format, "{code}");
    if (names == 0) fail(line, "the format must hold {name} (and may hold {code})");
    if (names > 1 || codes > 1) {
      fail(line, "the format holds {name} " + std::to_string(names) + " times and {code} " +
                     std::to_string(codes) + " times; each goes in once at most");
    }
  }

  // A cell of the block outside its indicator row (which [indicator_columns] fill).
  xlsx::CellPosition in_block(const Mapping& mapping, const toml::key& key) const {
    xlsx::CellPosition position = cell(key);
    if (position.row < mapping.block_first_row || position.row > mapping.block_last_row ||
        position.row == mapping.indicator_row) {
      fail(line_of(key), std::string(key.str()) +
                             " is not in the block, or is in its indicator row "
                             "(indicator_columns name those)");
    }
    return position;
  }

  template <class Required>
  void parse_rows(const toml::table& root, Mapping& mapping, Required& required) {
    mapping.header_row = positive_integer(required("header_row"), "header_row") - 1;
    for (const auto& [key, value] : table(required("columns"), "columns")) {
      mapping.columns.push_back({key_text(key, "a heading"), field(value), line_of(key)});
    }
    for (std::string_view key : {"block", "indicator_row", "cells", "indicator_columns"}) {
      if (const toml::node* node = root.get(key)) {
        fail(line_of(*node), std::string(key) + " belongs to layout = \"blocks\"");
      }
    }
  }

  template <class Required>
  void parse_blocks(const toml::table& root, Mapping& mapping, Required& required) {
    const toml::node& block = required("block");
    std::string rows = text(block, "block");
    mapping.block_line = line_of(block);
    size_t colon = rows.find(':');
    std::optional<int> first = row_number(std::string_view(rows).substr(0, colon));
    std::optional<int> last =
        colon == std::string::npos ? first : row_number(std::string_view(rows).substr(colon + 1));
    if (!first || !last || *last < *first) {
      fail(line_of(block), "block is the template's rows of one project, like \"1:14\"");
    }
    if (*last - *first + 1 > kMaxBlockRows) {
      fail(line_of(block), "block \"" + rows + "\" is " + std::to_string(*last - *first + 1) +
                               " rows; a project's block has at most " +
                               std::to_string(kMaxBlockRows) + " (a real one, tens)");
    }
    mapping.block_first_row = *first - 1;
    mapping.block_last_row = *last - 1;
    const toml::node& indicator_row = required("indicator_row");
    mapping.indicator_row = positive_integer(indicator_row, "indicator_row") - 1;
    if (mapping.indicator_row < mapping.block_first_row ||
        mapping.indicator_row > mapping.block_last_row) {
      fail(line_of(indicator_row), "indicator_row must be a row of the block");
    }
    for (const auto& [key, value] : table(required("cells"), "cells")) {
      xlsx::CellPosition position = in_block(mapping, key);
      FieldId id = field(value);
      if (is_indicator_field(id)) {
        fail(line_of(value), "indicator fields go in [indicator_columns]");
      }
      mapping.cells.push_back({position, id, line_of(key)});
    }
    for (const auto& [key, value] : table(required("indicator_columns"), "indicator_columns")) {
      FieldId id = field(value);
      if (!is_indicator_field(id)) fail(line_of(value), "only indicator fields go here");
      mapping.indicator_columns.push_back({column(key), id, line_of(key)});
    }
    if (const toml::node* node = root.get("merge_down")) {
      const toml::array* columns = node->as_array();
      if (columns == nullptr)
        fail(line_of(*node), "merge_down is a list of columns, like [\"A\", \"B\"]");
      if (columns->size() > kMaxMappedEntries) {
        fail(line_of(*node), "merge_down has " + std::to_string(columns->size()) +
                                 " columns; it has at most " + std::to_string(kMaxMappedEntries));
      }
      for (const toml::node& entry : *columns) {
        std::string letter = text(entry, "a column");
        std::optional<xlsx::CellPosition> position = xlsx::parse_cell_reference(letter + "1");
        if (!position || position->beyond_sheet()) {
          fail(line_of(entry), "'" + letter + "' is not a column like A");
        }
        mapping.merge_down.push_back(position->col);
      }
    }
    for (std::string_view key : {"header_row", "columns"}) {
      if (const toml::node* node = root.get(key)) {
        fail(line_of(*node), std::string(key) + " belongs to layout = \"rows\"");
      }
    }
  }

  std::string file_;
};

}  // namespace

std::string Mapping::comparator_word(std::string_view symbol) const {
  auto found = comparator_words.find(symbol);
  return found != comparator_words.end() ? found->second : std::string(symbol);
}

std::optional<std::string> Mapping::comparator_symbol(std::string_view word) const {
  for (const auto& [symbol, written] : comparator_words) {
    if (written == word) return symbol;
  }
  for (std::string_view symbol : kComparators) {
    if (symbol == word) return std::string(symbol);
  }
  return std::nullopt;
}

bool Mapping::has_field(FieldId field) const {
  for (const ColumnField& column : columns) {
    if (column.field == field) return true;
  }
  for (const CellField& cell : cells) {
    if (cell.field == field) return true;
  }
  for (const IndicatorColumn& column : indicator_columns) {
    if (column.field == field) return true;
  }
  return false;
}

Mapping parse_mapping(std::string_view toml_text, const std::string& file) {
  return MappingParser(file).parse(toml_text);
}

}  // namespace kpiconv::province
