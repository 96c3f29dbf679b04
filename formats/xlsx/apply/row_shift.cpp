#include "formats/xlsx/apply/row_shift.h"
#include "converter/text/text.h"

#include <cctype>

namespace kpiconv::xlsx::apply {
namespace {

// One side of a reference as written: "$C$7", "C7", "$7" (a row), "C" (a column).
struct RefPart {
  bool col_absolute = false;
  std::string col;
  bool row_absolute = false;
  int row = -1;  // 0-based; -1 when the part names no row

  std::string text() const {
    std::string out;
    if (!col.empty()) {
      if (col_absolute) out += '$';
      out += col;
    }
    if (row >= 0) {
      if (row_absolute) out += '$';
      out += std::to_string(row + 1);
    }
    return out;
  }
};

bool is_letter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
// Parses a part at `i`, advancing it; nullopt (and `i` unchanged) when there is none.
std::optional<RefPart> parse_part(std::string_view text, size_t& i) {
  size_t at = i;
  RefPart part;
  if (at < text.size() && text[at] == '$') {
    part.col_absolute = true;
    ++at;
  }
  size_t letters = at;
  while (at < text.size() && is_letter(text[at]) && at - letters < 4) ++at;
  part.col = std::string(text.substr(letters, at - letters));
  if (part.col.size() > 3) return std::nullopt;
  if (part.col.empty() && part.col_absolute) {
    // "$7": the $ was the row's.
    part.col_absolute = false;
    part.row_absolute = true;
  } else if (at < text.size() && text[at] == '$') {
    part.row_absolute = true;
    ++at;
  }
  size_t digits = at;
  long row = 0;
  while (at < text.size() && is_ascii_digit(text[at]) && at - digits < 8) {
    row = row * 10 + (text[at] - '0');
    ++at;
  }
  if (at < text.size() && is_ascii_digit(text[at])) return std::nullopt;
  if (at > digits) {
    if (row == 0) return std::nullopt;
    part.row = static_cast<int>(row - 1);
  } else if (part.row_absolute && !part.col.empty()) {
    return std::nullopt;  // "$C$" names nothing
  }
  if (part.col.empty() && part.row < 0) return std::nullopt;
  i = at;
  return part;
}

struct Reference {
  RefPart first;
  std::optional<RefPart> last;
};

// A reference at `i`: a cell, or a range of cells, rows or columns. `i` advances past it.
std::optional<Reference> parse_reference(std::string_view text, size_t& i) {
  size_t at = i;
  std::optional<RefPart> first = parse_part(text, at);
  if (!first) return std::nullopt;
  Reference reference{*first, std::nullopt};
  if (at < text.size() && text[at] == ':') {
    size_t second_at = at + 1;
    if (std::optional<RefPart> last = parse_part(text, second_at)) {
      bool same_kind =
          first->col.empty() == last->col.empty() && (first->row < 0) == (last->row < 0);
      if (same_kind) {
        reference.last = last;
        at = second_at;
      }
    }
  }
  // A single part must be a cell; a range of columns or rows needs both sides.
  if (!reference.last && (first->col.empty() || first->row < 0)) return std::nullopt;
  i = at;
  return reference;
}

// The reference after the shift, or nullopt when deleted.
std::optional<std::string> shift(const Reference& reference, const RowShift& shift) {
  if (reference.first.row < 0) return reference.first.text() + ":" + reference.last->text();
  if (!reference.last) {
    std::optional<int> row = shifted_row(reference.first.row, shift);
    if (!row) return std::nullopt;
    RefPart part = reference.first;
    part.row = *row;
    return part.text();
  }
  CellRange range{{reference.first.row, 0}, {reference.last->row, 0}};
  bool reversed = range.first.row > range.last.row;
  if (reversed) std::swap(range.first.row, range.last.row);
  std::optional<CellRange> moved = shifted_range(range, shift);
  if (!moved) return std::nullopt;
  RefPart first = reference.first;
  RefPart last = *reference.last;
  first.row = reversed ? moved->last.row : moved->first.row;
  last.row = reversed ? moved->first.row : moved->last.row;
  return first.text() + ":" + last.text();
}

bool name_character(char c) {
  return is_letter(c) || is_ascii_digit(c) || c == '_' || c == '.' || c == '\\' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool same_sheet(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

}  // namespace

std::optional<int> shifted_row(int row, const RowShift& shift) {
  if (shift.kind == RowShift::Kind::kInsert) return row >= shift.row ? row + shift.count : row;
  if (row < shift.row) return row;
  if (row < shift.row + shift.count) return std::nullopt;
  return row - shift.count;
}

std::optional<CellRange> shifted_range(const CellRange& range, const RowShift& shift) {
  CellRange moved = range;
  if (shift.kind == RowShift::Kind::kInsert) {
    if (range.first.row >= shift.row) {
      moved.first.row += shift.count;
      moved.last.row += shift.count;
    } else if (range.last.row >= shift.row) {
      moved.last.row += shift.count;
    }
    return moved;
  }
  // Deleted rows d..e: a side inside them lands on the first row after (the first) or before
  // (the last) what is left.
  const int d = shift.row;
  const int after = shift.row + shift.count;
  auto first_after = [&](int row) { return row < d ? row : row >= after ? row - shift.count : d; };
  auto last_after = [&](int row) {
    return row < d ? row : row >= after ? row - shift.count : d - 1;
  };
  moved.first.row = first_after(range.first.row);
  moved.last.row = last_after(range.last.row);
  if (moved.last.row < moved.first.row) return std::nullopt;
  return moved;
}

std::string shifted_reference(std::string_view reference, const RowShift& shift) {
  size_t i = 0;
  std::optional<Reference> parsed = parse_reference(reference, i);
  if (!parsed || i != reference.size()) return std::string(reference);
  return apply::shift(*parsed, shift).value_or("");
}

std::string shifted_reference_list(std::string_view list, const RowShift& shift) {
  std::string out;
  size_t i = 0;
  while (i < list.size()) {
    size_t end = list.find(' ', i);
    if (end == std::string_view::npos) end = list.size();
    if (end > i) {
      std::string moved = shifted_reference(list.substr(i, end - i), shift);
      if (!moved.empty()) {
        if (!out.empty()) out += ' ';
        out += moved;
      }
    }
    i = end + 1;
  }
  return out;
}

std::string shifted_formula(std::string_view formula, std::string_view home_sheet,
                            std::string_view target_sheet, const RowShift& shift) {
  std::string out;
  out.reserve(formula.size());
  size_t i = 0;
  // Writes the reference at `i` of sheet `sheet` (shifted when it is the target) after `prefix`.
  auto reference_at = [&](std::string_view sheet, const std::string& prefix) -> bool {
    size_t at = i;
    std::optional<Reference> reference = parse_reference(formula, at);
    if (!reference) return false;
    if (at < formula.size() && (formula[at] == '(' || name_character(formula[at]))) return false;
    out += prefix;
    if (!sheet.empty() && same_sheet(sheet, target_sheet)) {
      out += apply::shift(*reference, shift).value_or("#REF!");
    } else {
      out += formula.substr(i, at - i);
    }
    i = at;
    return true;
  };
  while (i < formula.size()) {
    char c = formula[i];
    if (c == '"') {  // a string literal, "" inside
      size_t end = i + 1;
      while (end < formula.size()) {
        if (formula[end] == '"' && (end + 1 >= formula.size() || formula[end + 1] != '"')) break;
        end += formula[end] == '"' ? 2 : 1;
      }
      end = std::min(end + 1, formula.size());
      out += formula.substr(i, end - i);
      i = end;
      continue;
    }
    if (c == '\'') {  // a quoted sheet name: 'a b'!
      size_t end = i + 1;
      std::string sheet;
      while (end < formula.size()) {
        if (formula[end] == '\'') {
          if (end + 1 < formula.size() && formula[end + 1] == '\'') {
            sheet += '\'';
            end += 2;
            continue;
          }
          break;
        }
        sheet += formula[end++];
      }
      if (end + 1 < formula.size() && formula[end + 1] == '!') {
        std::string prefix(formula.substr(i, end + 2 - i));
        i = end + 2;
        if (!reference_at(sheet, prefix)) out += prefix;
        continue;
      }
      out += formula.substr(i, std::min(end + 1, formula.size()) - i);
      i = std::min(end + 1, formula.size());
      continue;
    }
    if (name_character(c) || c == '$') {
      bool preceded = !out.empty() && (name_character(out.back()));
      size_t end = i;
      while (end < formula.size() && (name_character(formula[end]) || formula[end] == '$')) ++end;
      if (!preceded && end < formula.size() && formula[end] == '!') {  // Sheet1!A1
        std::string_view sheet = formula.substr(i, end - i);
        std::string prefix(formula.substr(i, end + 1 - i));
        i = end + 1;
        if (!reference_at(sheet, prefix)) out += prefix;
        continue;
      }
      if (!preceded && reference_at(home_sheet, "")) continue;
      out += formula.substr(i, end - i);
      i = end;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace kpiconv::xlsx::apply
