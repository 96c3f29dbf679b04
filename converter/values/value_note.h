// The note of a parsed indicator value: what the value says beyond its comparator, number and
// unit. Notes are data that people read, so they are written in Chinese.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "converter/values/value_scanner.h"

namespace kpiconv {

// Separates the parts of a note: "50%；≤100万元".
inline constexpr std::string_view kNoteSeparator = "；";

// For a value stating one quantity: the text around it, in order ("约", "完成"; the punctuation
// that joined it to the quantity left out), then remarks on
// the value itself — "括号不成对" when a bracket of the value has no partner (the lone bracket is
// not repeated), "未注明年份", "下限大于上限".
std::string leftover_note(std::string_view normalized, const ScannedValue& scanned,
                          const Quantity& quantity);

// For a value stating several quantities, those quantities in order: "50%；≤100万元"; a range
// is written "80～90%", a deadline "≤2023-08-31"; an implied "=" is not written.
std::string quantities_note(const std::vector<Quantity>& quantities);

}  // namespace kpiconv
