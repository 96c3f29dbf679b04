// Source text that is a clean number, and the cell that shows exactly that text: "24.00" becomes
// 24 with format 0.00, "30%" and "30" become 0.30 with format 0%. Anything else stays text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kpiconv::xlsx {

struct NumericText {
  double value = 0;
  std::string format_code;
  std::string display;  // what the cell shows: format_number(value, format_code)
};

// A plain decimal ("24.00", "-3", "1,234.50", "0.11"): digits as written, thousands groups kept.
// Codes, leading zeros ("007"), signs other than '-', more than 15 significant digits: nullopt.
std::optional<NumericText> as_number(std::string_view text);

// A percentage with or without its sign ("30%", "30", "25.5%", "100％") as a percent cell.
std::optional<NumericText> as_percentage(std::string_view text);

}  // namespace kpiconv::xlsx
