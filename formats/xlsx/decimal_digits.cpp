#include "formats/xlsx/decimal_digits.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kpiconv::xlsx {
namespace {

// Excel keeps and shows 15 significant digits.
constexpr int kSignificantDigits = 15;

}  // namespace

DecimalDigits DecimalDigits::of(double value) {
  DecimalDigits decimal;
  value = std::fabs(value);
  if (value == 0 || !std::isfinite(value)) return decimal;
  char buffer[32];
  // Whole numbers below 10^15 are exact: their digits as they are.
  if (value < 1e15 && value == std::trunc(value)) {
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, static_cast<unsigned long long>(value));
    decimal.digits_.assign(buffer, end);
    decimal.exponent_ = static_cast<int>(end - buffer);
    decimal.strip_trailing_zeros();
    return decimal;
  }
  // The shortest digits that read back as `value`; when there are at most 15 of them they are
  // also the value rounded to 15 digits (they lie within half a binary ulp of it, far closer than
  // the spacing of 15-digit decimals), and shortest printing is much faster than fixed precision.
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  if (error != std::errc()) return decimal;
  if (std::find(buffer, end, 'e') - buffer > kSignificantDigits + 1) {
    // More than 15 digits ("0.30000000000000004"): round the exact value to 15, as Excel does.
    auto [rounded_end, rounded_error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific,
                      kSignificantDigits - 1);
    if (rounded_error != std::errc()) return decimal;
    end = rounded_end;
  }
  // "d.ddde+XX" or "de+XX".
  const char* e = std::find(buffer, end, 'e');
  decimal.digits_.reserve(kSignificantDigits);
  for (const char* c = buffer; c < e; ++c) {
    if (*c != '.') decimal.digits_.push_back(*c);
  }
  int power = 0;
  if (e < end) {
    const char* p = e + 1;
    if (p < end && *p == '+') ++p;
    std::from_chars(p, end, power);
  }
  decimal.exponent_ = power + 1;
  decimal.strip_trailing_zeros();
  return decimal;
}

void DecimalDigits::round_to_decimals(int decimals) {
  if (zero()) return;
  const long keep = static_cast<long>(exponent_) + decimals;  // digits that survive
  if (keep >= static_cast<long>(digits_.size())) return;
  if (keep < 0) {
    digits_.clear();
    exponent_ = 0;
    return;
  }
  const bool up = digits_[static_cast<size_t>(keep)] >= '5';
  digits_.resize(static_cast<size_t>(keep));
  if (up) {
    size_t i = digits_.size();
    while (i > 0 && digits_[i - 1] == '9') digits_[--i] = '0';
    if (i == 0) {
      // 9.99 → 10.0: one more digit before the point.
      digits_.insert(digits_.begin(), '1');
      ++exponent_;
    } else {
      ++digits_[i - 1];
    }
  }
  strip_trailing_zeros();
}

std::string DecimalDigits::integer_digits() const {
  if (zero() || exponent_ <= 0) return {};
  std::string integer = digits_.substr(0, static_cast<size_t>(exponent_));
  integer.resize(static_cast<size_t>(exponent_), '0');
  return integer;
}

std::string DecimalDigits::fraction_digits(int count) const {
  std::string fraction(static_cast<size_t>(count > 0 ? count : 0), '0');
  if (zero()) return fraction;
  for (int i = 0; i < count; ++i) {
    const long index = static_cast<long>(exponent_) + i;  // digit i after the point
    if (index >= 0 && index < static_cast<long>(digits_.size())) {
      fraction[static_cast<size_t>(i)] = digits_[static_cast<size_t>(index)];
    }
  }
  return fraction;
}

void DecimalDigits::strip_trailing_zeros() {
  while (!digits_.empty() && digits_.back() == '0') digits_.pop_back();
  if (digits_.empty()) exponent_ = 0;
}

}  // namespace kpiconv::xlsx
