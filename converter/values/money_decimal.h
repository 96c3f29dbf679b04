// Exact decimals for amounts: no binary floating point anywhere money is added, compared or
// converted. A value keeps the scale it was written with ("24.00" has two places).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kpiconv {

class Decimal {
 public:
  Decimal() = default;  // 0
  // "24.00", "-3", "1,234.50" (thousands grouped by three only: "1,23" is refused); "０.１１" is
  // not accepted: callers normalize first.
  static std::optional<Decimal> parse(std::string_view text);
  static Decimal from_integer(long long value);

  std::string to_string() const;  // "240000.00": every place of the scale
  int scale() const { return scale_; }
  bool is_negative() const { return negative_ && !is_zero(); }
  bool is_zero() const { return digits_ == "0"; }

  // The value × 10^places, exact: multiplying keeps the scale ("24.00" → "240000.00"), dividing
  // grows it ("235000.00" → "23.500000").
  Decimal shifted(int places) const;
  // The same value with trailing zeros of the fraction dropped, keeping at least `minimum` places.
  Decimal trimmed(int minimum) const;

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

 private:
  Decimal(bool negative, std::string digits, int scale);
  Decimal with_scale(int scale) const;  // the same value with more places

  bool negative_ = false;
  std::string digits_ = "0";  // the value × 10^scale_, without leading zeros
  int scale_ = 0;
};

}  // namespace kpiconv
