// What a 指标值 says, beside its source text: the kind of target, its comparator, its number as an
// exact decimal, its canonical unit and whatever is left over. "≥95百分比" → quantitative ≥ 95 %;
// "进一步提升" → qualitative; "2023 年 8 月底前" → a deadline.
#pragma once

#include <string>
#include <string_view>

#include "converter/normalize/vocabulary.h"

namespace kpiconv {

enum class ValueKind { kQuantitative, kQualitative, kRange, kDeadline, kText };

struct ParsedValue {
  ValueKind kind = ValueKind::kText;
  std::string comparator;  // "≥" "≤" ">" "<" "=", or "" (qualitative, range, text)
  std::string number;      // exact decimal, thousands separators removed; a range's lower bound
  std::string upper;       // a range's upper bound, else ""
  std::string unit;        // canonical unit ("%", "月", "万元", "家", "台/件/辆/套"), or ""
  std::string date;        // a deadline's ISO date ("2023-08-31"), else ""
  std::string note;        // what the value says beyond the above, or why it did not parse cleanly

  bool operator==(const ParsedValue&) const = default;
};

// "quantitative", "qualitative", "range", "deadline", "text": the names the JSON writes.
const char* to_string(ValueKind kind);

// Reads `text` through normalize_text and the vocabulary's value words; never throws.
//  - one number: quantitative, its comparator from a word before ("不低于", "达到") or after
//    ("以内", "以上") it, "=" when none; what else the value says goes into note ("约",
//    "括号不成对");
//  - "90%-100%", "80～90%", "3至5个": range, number..upper inclusive, no comparator;
//  - "2023年8月底前": deadline; "12月31日前" gets "--12-31" and the note 未注明年份;
//  - no number, or a reference to a document ("以文件为准"): qualitative, nothing in note;
//  - several quantities: text, note listing them ("50%；≤100万元");
//  - what cannot be trusted (contradicting comparators, "1.2.3", 2月30日, no words at all): text,
//    the source in note; empty: text, empty note.
ParsedValue parse_indicator_value(std::string_view text,
                                  const Vocabulary& vocabulary = Vocabulary::builtin());

}  // namespace kpiconv
