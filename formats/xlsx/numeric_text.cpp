#include "formats/xlsx/numeric_text.h"

#include <charconv>

#include "converter/normalize/normalizer.h"
#include "converter/text/text.h"
#include "formats/xlsx/number_format.h"

namespace kpiconv::xlsx {
namespace {

// Beyond 15 significant digits a double no longer holds the number as written.
constexpr int kMaximumSignificantDigits = 15;

struct Decimal {
  std::string digits;  // without grouping commas
  int decimals = 0;
  bool grouped = false;
};

std::optional<Decimal> parse_decimal(std::string_view text, bool allow_grouping) {
  Decimal decimal;
  size_t i = 0;
  if (i < text.size() && text[i] == '-') decimal.digits += text[i++];
  size_t integer_start = i;
  int group = 0;
  bool first_group = true;
  for (; i < text.size() && text[i] != '.'; ++i) {
    char c = text[i];
    if (is_ascii_digit(c)) {
      decimal.digits += c;
      ++group;
    } else if (c == ',' && allow_grouping && group > 0 && (first_group ? group <= 3 : group == 3)) {
      decimal.grouped = true;
      first_group = false;
      group = 0;
    } else {
      return std::nullopt;
    }
  }
  size_t integer_digits = decimal.digits.size() - (decimal.digits.starts_with('-') ? 1 : 0);
  if (integer_digits == 0 || (decimal.grouped && group != 3)) return std::nullopt;
  if (text[integer_start] == '0' && integer_digits > 1) return std::nullopt;  // "007" is a code
  if (i < text.size()) {
    decimal.digits += text[i++];
    for (; i < text.size(); ++i) {
      if (!is_ascii_digit(text[i])) return std::nullopt;
      decimal.digits += text[i];
      ++decimal.decimals;
    }
    if (decimal.decimals == 0) return std::nullopt;  // "24." is not how a number is written
  }
  int significant = 0;
  bool leading = true;
  for (char c : decimal.digits) {
    if (!is_ascii_digit(c) || (leading && c == '0')) continue;
    leading = false;
    ++significant;
  }
  if (significant > kMaximumSignificantDigits) return std::nullopt;
  return decimal;
}

std::optional<double> value_of(const std::string& digits) {
  double value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

std::string zeros(int decimals) {
  return decimals > 0 ? "." + std::string(decimals, '0') : "";
}

}  // namespace

std::optional<NumericText> as_number(std::string_view text) {
  text = trim(text);
  std::optional<Decimal> decimal = parse_decimal(text, true);
  if (!decimal) return std::nullopt;
  std::optional<double> value = value_of(decimal->digits);
  if (!value) return std::nullopt;
  NumericText numeric;
  numeric.value = *value;
  numeric.format_code = (decimal->grouped ? "#,##0" : "0") + zeros(decimal->decimals);
  numeric.display = format_number(numeric.value, numeric.format_code, false);
  if (numeric.display != text) return std::nullopt;
  return numeric;
}

std::optional<NumericText> as_percentage(std::string_view text) {
  text = trim(text);
  if (text.ends_with("%")) {
    text.remove_suffix(1);
  } else if (text.ends_with("％")) {
    text.remove_suffix(3);
  }
  std::optional<Decimal> decimal = parse_decimal(text, false);
  if (!decimal) return std::nullopt;
  std::optional<double> percent = value_of(decimal->digits);
  if (!percent) return std::nullopt;
  NumericText numeric;
  numeric.value = *percent / 100;
  numeric.format_code = "0" + zeros(decimal->decimals) + "%";
  numeric.display = format_number(numeric.value, numeric.format_code, false);
  if (numeric.display != std::string(text) + "%") return std::nullopt;
  return numeric;
}

}  // namespace kpiconv::xlsx
