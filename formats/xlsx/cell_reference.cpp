#include "formats/xlsx/cell_reference.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>

#include "converter/text/text.h"
#include "formats/xlsx/sheet_limits.h"

namespace kpiconv::xlsx {
namespace {

bool is_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
// Would Excel read the whole name as a reference ("A1", "XFD1048576", "R1C1", "R", "C3")?
bool looks_like_reference(std::string_view name) {
  std::optional<CellPosition> a1 = parse_cell_reference(name);
  if (a1 && !a1->beyond_sheet()) return true;
  size_t i = 0;
  if (i < name.size() && (name[i] == 'R' || name[i] == 'r')) {
    ++i;
    while (i < name.size() && is_ascii_digit(name[i])) ++i;
  }
  if (i < name.size() && (name[i] == 'C' || name[i] == 'c')) {
    ++i;
    while (i < name.size() && is_ascii_digit(name[i])) ++i;
  }
  return i > 0 && i == name.size();
}

}  // namespace

bool CellPosition::beyond_sheet() const {
  return row >= kMaxRows || col >= kMaxColumns;
}

std::optional<CellPosition> parse_cell_reference(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  long col = 0;
  const size_t letters_start = i;
  for (; i < text.size() && is_letter(text[i]); ++i) {
    const int letter = (text[i] | 0x20) - 'a' + 1;
    if (col <= kMaxColumns) col = col * 26 + letter;  // saturates just past the limit
  }
  if (i == letters_start) return std::nullopt;
  if (i < text.size() && text[i] == '$') ++i;
  long row = 0;
  const size_t digits_start = i;
  for (; i < text.size() && is_ascii_digit(text[i]); ++i) {
    if (row <= kMaxRows) row = row * 10 + (text[i] - '0');
  }
  if (i == digits_start || i != text.size() || row == 0) return std::nullopt;
  CellPosition position;
  position.row = static_cast<int>(row > kMaxRows ? kMaxRows : row - 1);
  position.col = static_cast<int>(col > kMaxColumns ? kMaxColumns : col - 1);
  return position;
}

std::optional<CellRange> parse_cell_range(std::string_view text) {
  const size_t colon = text.find(':');
  std::optional<CellPosition> first = parse_cell_reference(text.substr(0, colon));
  std::optional<CellPosition> last =
      colon == std::string_view::npos ? first : parse_cell_reference(text.substr(colon + 1));
  if (!first || !last) return std::nullopt;
  CellRange range;
  range.first = {std::min(first->row, last->row), std::min(first->col, last->col)};
  range.last = {std::max(first->row, last->row), std::max(first->col, last->col)};
  return range;
}

void append_column_name(std::string& out, int col) {
  append_column_letters(out, col);
}

void append_cell_reference(std::string& out, int row, int col) {
  append_cell_name(out, row, col);
}

std::string range_reference(const CellRange& range) {
  std::string text;
  append_cell_reference(text, range.first.row, range.first.col);
  text.push_back(':');
  append_cell_reference(text, range.last.row, range.last.col);
  return text;
}

std::string quote_sheet_name(std::string_view name) {
  bool plain = !name.empty() && !is_ascii_digit(name.front()) && !looks_like_reference(name);
  for (int32_t i = 0, length = static_cast<int32_t>(name.size()); plain && i < length;) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(name.data()), i, length, c);
    plain = c == '_' || (c >= 0 && (c < 0x80 ? (is_letter(static_cast<char>(c)) ||
                                                is_ascii_digit(static_cast<char>(c)))
                                             : u_isalnum(c) != 0));
  }
  if (plain) return std::string(name);
  std::string quoted = "'";
  for (char c : name) {
    quoted.push_back(c);
    if (c == '\'') quoted.push_back('\'');
  }
  quoted.push_back('\'');
  return quoted;
}

std::optional<SheetCellReference> parse_sheet_cell_reference(std::string_view text) {
  SheetCellReference reference;
  size_t bang = 0;
  if (!text.empty() && text.front() == '\'') {
    size_t i = 1;
    for (;; ++i) {
      if (i >= text.size()) return std::nullopt;
      if (text[i] != '\'') {
        reference.sheet.push_back(text[i]);
      } else if (i + 1 < text.size() && text[i + 1] == '\'') {
        reference.sheet.push_back('\'');
        ++i;
      } else {
        break;
      }
    }
    bang = i + 1;
    if (bang >= text.size() || text[bang] != '!') return std::nullopt;
  } else {
    bang = text.rfind('!');
    if (bang == std::string_view::npos || bang == 0) return std::nullopt;
    reference.sheet = std::string(text.substr(0, bang));
  }
  std::optional<CellPosition> cell = parse_cell_reference(text.substr(bang + 1));
  if (!cell || cell->beyond_sheet()) return std::nullopt;
  reference.cell = *cell;
  return reference;
}

std::string sheet_cell_reference(std::string_view sheet, int row, int col) {
  std::string text = quote_sheet_name(sheet);
  text += '!';
  append_cell_reference(text, row, col);
  return text;
}

}  // namespace kpiconv::xlsx
