// Amount units and exact conversion between them: 元, 千元, 万元, 亿元 differ by powers of ten, so
// a conversion moves the decimal point and never rounds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "converter/values/money_decimal.h"

namespace kpiconv {

// An amount as a filing writes it ("24.00", "１,０２４.５０", " 156.14 "), or nullopt.
std::optional<Decimal> parse_amount(std::string_view text);

// The power of ten of a canonical money unit relative to 元 (万元 → 4), nullopt for other units.
std::optional<int> money_unit_exponent(std::string_view unit);
bool is_money_unit(std::string_view unit);

// `amount` in `from` expressed in `to`, exactly, keeping at least the places it was written with
// ("24.00" 万元 → "240000.00" 元; "235000.00" 元 → "23.50" 万元). nullopt unless both are money
// units.
std::optional<Decimal> convert_amount(const Decimal& amount, std::string_view from,
                                      std::string_view to);

}  // namespace kpiconv
