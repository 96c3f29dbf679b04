// Splits a normalized indicator value into the quantities it states — a number with its
// comparator and unit, a range, a deadline — and the text around them. "核定支出的 50%,最高不超 100
// 万元" holds two quantities (50 %, ≤ 100 万元) and the leftovers "核定支出的" and ",".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "converter/normalize/vocabulary.h"
#include "converter/values/indicator_value.h"

namespace kpiconv {

struct Quantity {
  ParsedValue value;             // kind quantitative, range or deadline; note empty
  bool year_missing = false;     // a deadline without a year ("12月31日前")
  bool bounds_reversed = false;  // a range whose lower bound is above its upper one
};

struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

struct ScannedValue {
  std::vector<Quantity> quantities;
  std::vector<TextSpan> leftovers;  // text no quantity took, in order, without spaces at its ends
  // The value contradicts itself or cannot be read as written: "1.2.3", "≥90%以内",
  // "2023年2月30日"; its parse would be a guess.
  bool contradictory = false;
};

// `normalized` is normalize_text output, so full-width forms are ASCII and at most one space
// separates tokens.
ScannedValue scan_value(std::string_view normalized, const Vocabulary& vocabulary);

}  // namespace kpiconv
