#include "converter/values/money_units.h"

#include <algorithm>

#include "converter/normalize/normalizer.h"
#include "converter/text/text.h"

namespace kpiconv {

namespace {

constexpr std::string_view kYuanSign = "\u00A5";  // NFKC makes the full-width ￥ this one

// The sign at the front of `text`, taken off: "-", "+" or "".
std::string_view take_sign(std::string_view& text) {
  if (text.starts_with('-') || text.starts_with('+')) {
    std::string_view sign = text.substr(0, 1);
    text.remove_prefix(1);
    return sign;
  }
  return {};
}

// The exponent of E notation ("1", "+1", "-05"), when it is one within the bounds.
std::optional<int> exponent_of(std::string_view text) {
  bool negative = take_sign(text) == "-";
  if (text.empty() || text.size() > 3) return std::nullopt;  // digits past the bounds anyway
  int exponent = 0;
  for (char c : text) {
    if (!is_ascii_digit(c)) return std::nullopt;
    exponent = exponent * 10 + (c - '0');
  }
  if (exponent > kMaximumAmountExponent) return std::nullopt;
  return negative ? -exponent : exponent;
}

}  // namespace

std::optional<Decimal> parse_amount(std::string_view text) {
  const std::string normalized = normalize_text(text);
  std::string_view rest = normalized;
  std::string mantissa(take_sign(rest));
  if (rest.starts_with(kYuanSign)) {
    rest.remove_prefix(kYuanSign.size());
    if (rest.starts_with(' ')) rest.remove_prefix(1);
    if (mantissa.empty()) mantissa = take_sign(rest);
  }
  int exponent = 0;
  if (size_t e = rest.find_first_of("eE"); e != std::string_view::npos) {
    std::optional<int> written = exponent_of(rest.substr(e + 1));
    if (!written) return std::nullopt;
    exponent = *written;
    rest = rest.substr(0, e);
  }
  mantissa += rest;
  std::optional<Decimal> amount = Decimal::parse(mantissa);
  if (!amount || exponent == 0) return amount;
  // Exactly the digits written, the point moved: "2.40E1" is 24.0, "1.5E-3" is 0.0015.
  return amount->shifted(exponent).trimmed(std::max(0, amount->scale() - exponent));
}

std::optional<int> money_unit_exponent(std::string_view unit) {
  if (unit == "元") return 0;
  if (unit == "千元") return 3;
  if (unit == "万元") return 4;
  if (unit == "百万元") return 6;
  if (unit == "亿元") return 8;
  return std::nullopt;
}

bool is_money_unit(std::string_view unit) {
  return money_unit_exponent(unit).has_value();
}

std::optional<Decimal> convert_amount(const Decimal& amount, std::string_view from,
                                      std::string_view to) {
  std::optional<int> from_exponent = money_unit_exponent(from);
  std::optional<int> to_exponent = money_unit_exponent(to);
  if (!from_exponent || !to_exponent) return std::nullopt;
  return amount.shifted(*from_exponent - *to_exponent).trimmed(amount.scale());
}

}  // namespace kpiconv
