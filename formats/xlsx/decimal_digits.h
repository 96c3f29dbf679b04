// A double as Excel displays it: first rounded to 15 significant decimal digits (all a cell ever
// shows), then kept as a string of decimal digits, so that rounding to a format's decimals is exact
// decimal arithmetic. That is why 2.675 shown with "0.00" is 2.68 here, as in Excel, although the
// double nearest 2.675 is 2.67499999999999982...
#pragma once

#include <string>

namespace kpiconv::xlsx {

class DecimalDigits {
 public:
  // The magnitude of a finite `value` (the sign is the caller's business).
  static DecimalDigits of(double value);

  bool zero() const { return digits_.empty(); }
  // Digits before the decimal point: the value is 0.d1d2d3... x 10^exponent().
  int exponent() const { return exponent_; }
  // Significant digits without leading or trailing zeros; empty for zero.
  const std::string& digits() const { return digits_; }

  // Multiplies by 10^power (percent: +2, a thousands scaling comma: -3).
  void shift(int power) {
    if (!zero()) exponent_ += power;
  }
  // Rounds half away from zero to `decimals` digits after the decimal point.
  void round_to_decimals(int decimals);

  // The digits before the decimal point ("" when the value is below 1).
  std::string integer_digits() const;
  // Exactly `count` digits after the decimal point, zero-padded.
  std::string fraction_digits(int count) const;

 private:
  void strip_trailing_zeros();

  std::string digits_;
  int exponent_ = 0;
};

}  // namespace kpiconv::xlsx
