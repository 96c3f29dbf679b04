// 资金支出计划（%）: the quarter headers of one row and the values of the row below, lined up.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/normalize/vocabulary.h"

namespace kpiconv {

struct QuarterLabel {
  int quarter = 0;        // 0 = 3月底 … 3 = 12月底
  std::string_view rest;  // text written after the label in the same cell ("12 月底 100%" → "100%")
};

// "3月底", "6 月底", "１０月末", "第四季度", "12 月底 100%". Months map to the form's four columns:
// up to March, June, October (some forms say 9月底) and December.
std::optional<QuarterLabel> parse_quarter_label(std::string_view text,
                                                const Vocabulary& vocabulary);

struct SpendingPlanReading {
  std::array<Field, 4> quarters;
  bool shifted = false;   // the values did not stand under their headers and were read in order
  bool overflow = false;  // more values than quarters; the extra ones are not in `quarters`
};

// Reads the value row `value_row` of `table` against the quarter headers found in `header_row`
// (cells after `label_end_col`).
SpendingPlanReading read_spending_plan(const Table& table, int header_row, int value_row,
                                       int label_end_col, const Vocabulary& vocabulary);

}  // namespace kpiconv
