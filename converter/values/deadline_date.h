// Deadlines written as dates: "2023 年 8 月底前", "2023年12月31日前", "12月31日前", "年底前",
// "2023.8.31". The words (年, 月, 日/号, 底/末, 前/之前/以前) come from the vocabulary.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "converter/normalize/vocabulary.h"

namespace kpiconv {

// What a date expression states, before it is turned into one day.
struct DateExpression {
  int year = 0;         // 0: not stated ("12月31日前")
  int month = 0;        // 0: the whole year ("2023年底", "2024年前")
  int day = 0;          // 0: the whole month or year
  bool end_of = false;  // 底/末: the last day of the month or year
  bool before = false;  // 前/之前/以前
  size_t length = 0;    // bytes of the text it took
};

// The date expression at the start of normalized text. A year alone ("2023年") or a month alone
// without a year ("12月") is not one: those are quantities (≤12月 is twelve months).
std::optional<DateExpression> read_date_expression(std::string_view text,
                                                   const Vocabulary& vocabulary);

struct Deadline {
  std::string comparator;  // "≤" for 月底前 / 12月31日前 (the day itself counts), "<" for a
                           // whole period before (2023年8月前: before August begins)
  std::string date;        // ISO "2023-08-31"; "--12-31" (ISO 8601 month-day) without a year
  bool year_missing = false;  // the note says so
};

// One day for the expression. `stated_comparator` comes from a word before the date ("不晚于");
// nullopt when the date does not exist (2023年2月30日) or that word contradicts the date's 前.
std::optional<Deadline> resolve_deadline(const DateExpression& expression,
                                         std::string_view stated_comparator);

}  // namespace kpiconv
