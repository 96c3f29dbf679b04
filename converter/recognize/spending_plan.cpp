#include "converter/recognize/spending_plan.h"

#include <unicode/utf8.h>

#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

struct QuarterHeader {
  int quarter;
  int col;  // the header cell's grid columns: [col, col + span)
  int span;

  bool overlaps(const Cell& cell) const {
    return col < cell.col + cell.col_span && cell.col < col + span;
  }
};

int digit_value(UChar32 c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10;
  return -1;
}

int quarter_of_month(int month) {
  if (month <= 3) return 0;
  if (month <= 6) return 1;
  if (month <= 10) return 2;
  return 3;
}

std::optional<QuarterLabel> parse_month_label(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int month = 0;
  int digits = 0;
  UChar32 c = 0;
  auto peek = [&](int32_t& next) {
    next = i;
    if (i >= length) return UChar32{-1};
    UChar32 code_point;
    U8_NEXT(bytes, next, length, code_point);
    return code_point;
  };
  auto skip_spaces = [&] {
    int32_t next;
    while ((c = peek(next)) == ' ' || c == 0x3000 || c == '\t') i = next;
  };
  skip_spaces();
  for (int32_t next; digits < 3 && digit_value(c = peek(next)) >= 0; i = next) {
    month = month * 10 + digit_value(c);
    ++digits;
  }
  if (digits == 0 || month < 1 || month > 12) return std::nullopt;
  skip_spaces();
  int32_t next;
  if (peek(next) != U'月') return std::nullopt;
  i = next;
  c = peek(next);
  if (c == U'底' || c == U'末') i = next;
  return QuarterLabel{quarter_of_month(month), trim(text.substr(static_cast<size_t>(i)))};
}

bool has_text(const Cell* cell) {
  return cell != nullptr && !is_blank(cell->text);
}

Field field_of(const Table& table, const Cell& cell, std::string_view text) {
  Field field;
  field.text = std::string(trim(text));
  field.where = table.place_of(cell);
  return field;
}

}  // namespace

std::optional<QuarterLabel> parse_quarter_label(std::string_view text,
                                                const Vocabulary& vocabulary) {
  if (auto month = parse_month_label(text)) return month;
  if (text.size() > 32) return std::nullopt;
  if (auto quarter = vocabulary.quarter_word(label_key(text))) return QuarterLabel{*quarter, {}};
  return std::nullopt;
}

SpendingPlanReading read_spending_plan(const Table& table, int header_row, int value_row,
                                       int label_end_col, const Vocabulary& vocabulary) {
  std::vector<QuarterHeader> headers;
  for (const Cell* cell : table.row_cells(header_row)) {
    if (cell->col < label_end_col) continue;
    if (auto label = parse_quarter_label(cell->text, vocabulary)) {
      headers.push_back({label->quarter, cell->col, cell->col_span});
    }
  }
  // Value cells, and quarter labels that landed in the value row with their value ("12 月底 100%").
  struct ValueCell {
    const Cell* cell;
    std::string_view text;
  };
  std::vector<ValueCell> values;
  std::vector<QuarterHeader> all_headers = headers;
  for (const Cell* cell : table.row_cells(value_row)) {
    if (cell->col < label_end_col || !has_text(cell)) continue;
    if (cell->row != value_row && cell->row <= header_row) continue;  // the label's merge
    auto label = parse_quarter_label(cell->text, vocabulary);
    if (label && !label->rest.empty()) {
      all_headers.push_back({label->quarter, cell->col, cell->col_span});
      values.push_back({cell, label->rest});
    } else {
      values.push_back({cell, cell->text});
    }
  }

  SpendingPlanReading reading;
  // In place: every value stands in the column of a header, no header taken twice.
  std::array<const ValueCell*, 4> placed{};
  bool aligned = true;
  for (const ValueCell& value : values) {
    const QuarterHeader* match = nullptr;
    for (const QuarterHeader& header : all_headers) {
      if (header.overlaps(*value.cell)) {
        match = &header;
        break;
      }
    }
    if (match == nullptr || placed[static_cast<size_t>(match->quarter)] != nullptr) {
      aligned = false;
      break;
    }
    placed[static_cast<size_t>(match->quarter)] = &value;
  }
  if (aligned) {
    for (const QuarterHeader& header : all_headers) {
      auto quarter = static_cast<size_t>(header.quarter);
      if (placed[quarter] != nullptr) {
        reading.quarters[quarter] = field_of(table, *placed[quarter]->cell, placed[quarter]->text);
      } else if (const Cell* blank = table.at(value_row, header.col);
                 blank != nullptr && blank->row == value_row) {
        reading.quarters[quarter].where =
            table.place_of(*blank);  // an empty cell: where a value would go
      }
    }
    return reading;
  }
  reading.shifted = true;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i >= reading.quarters.size()) {
      reading.overflow = true;
      break;
    }
    reading.quarters[i] = field_of(table, *values[i].cell, values[i].text);
  }
  return reading;
}

}  // namespace kpiconv
