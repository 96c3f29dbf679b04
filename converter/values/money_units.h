// Amount units and exact conversion between them: 元, 千元, 万元, 亿元 differ by powers of ten, so
// a conversion moves the decimal point and never rounds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "converter/values/money_decimal.h"

namespace kpiconv {

// An amount as a filing writes it, read exactly, or nullopt: "24.00", "１,０２４.５０", " 156.14 ",
// a yuan sign before it ("¥24.00", "￥-3", "-¥3"), thousands grouped by three ("24,000.00"), and
// E notation as spreadsheets write it ("2.4E1" is 24, "1.5E-3" is 0.0015) with an exponent of at
// most kMaximumAmountExponent either way: no budget comes near 10^20 元, so "1e400" is no amount.
inline constexpr int kMaximumAmountExponent = 20;
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
