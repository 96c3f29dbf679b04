#include "converter/values/money_units.h"

#include "converter/normalize/normalizer.h"

namespace kpiconv {

std::optional<Decimal> parse_amount(std::string_view text) {
  return Decimal::parse(normalize_text(text));
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
