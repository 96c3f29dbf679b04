#include "converter/values/money_decimal.h"

#include <algorithm>

namespace kpiconv {
namespace {

std::string without_leading_zeros(std::string digits) {
  size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

int compare_magnitudes(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

std::string add_magnitudes(const std::string& a, const std::string& b) {
  std::string sum;
  int carry = 0;
  for (size_t i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
    int digit = carry;
    if (i < a.size()) digit += a[a.size() - 1 - i] - '0';
    if (i < b.size()) digit += b[b.size() - 1 - i] - '0';
    sum.push_back(static_cast<char>('0' + digit % 10));
    carry = digit / 10;
  }
  std::reverse(sum.begin(), sum.end());
  return without_leading_zeros(sum);
}

// a - b for magnitudes with a >= b.
std::string subtract_magnitudes(const std::string& a, const std::string& b) {
  std::string difference;
  int borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int digit = a[a.size() - 1 - i] - '0' - borrow;
    if (i < b.size()) digit -= b[b.size() - 1 - i] - '0';
    borrow = digit < 0 ? 1 : 0;
    difference.push_back(static_cast<char>('0' + digit + borrow * 10));
  }
  std::reverse(difference.begin(), difference.end());
  return without_leading_zeros(difference);
}

}  // namespace

Decimal::Decimal(bool negative, std::string digits, int scale)
    : negative_(negative), digits_(without_leading_zeros(std::move(digits))), scale_(scale) {
  if (digits_ == "0") negative_ = false;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::string digits;
  int scale = 0;
  bool point = false;
  // Thousands separators are taken only where they group exactly: a first group of one to three
  // digits, then groups of three ("1,234.50"). "1,23" may be a decimal comma, so it is no amount.
  bool grouped = false;
  int group = 0;  // digits since the last separator (or the start)
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
      if (point) {
        ++scale;
      } else {
        ++group;
      }
    } else if (c == '.' && !point) {
      point = true;
      if (grouped && group != 3) return std::nullopt;
    } else if (c == ',' && !point && group > 0 && (grouped ? group == 3 : group <= 3)) {
      grouped = true;
      group = 0;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || (point && scale == 0)) return std::nullopt;
  if (grouped && !point && group != 3) return std::nullopt;
  return Decimal(negative, digits, scale);
}

Decimal Decimal::from_integer(long long value) {
  bool negative = value < 0;
  unsigned long long magnitude = negative ? 0ull - static_cast<unsigned long long>(value)
                                          : static_cast<unsigned long long>(value);
  return Decimal(negative, std::to_string(magnitude), 0);
}

std::string Decimal::to_string() const {
  std::string digits = digits_;
  if (static_cast<int>(digits.size()) <= scale_) {
    digits.insert(0, static_cast<size_t>(scale_ - static_cast<int>(digits.size()) + 1), '0');
  }
  std::string text = is_negative() ? "-" : "";
  if (scale_ == 0) return text + digits;
  size_t point = digits.size() - static_cast<size_t>(scale_);
  return text + digits.substr(0, point) + "." + digits.substr(point);
}

Decimal Decimal::with_scale(int scale) const {
  if (scale <= scale_) return *this;
  return Decimal(negative_, digits_ + std::string(static_cast<size_t>(scale - scale_), '0'), scale);
}

Decimal Decimal::shifted(int places) const {
  if (places >= 0) {
    return Decimal(negative_, digits_ + std::string(static_cast<size_t>(places), '0'), scale_);
  }
  return Decimal(negative_, digits_, scale_ - places);
}

Decimal Decimal::trimmed(int minimum) const {
  std::string digits = digits_;
  int scale = scale_;
  while (scale > minimum && digits.size() > 1 && digits.back() == '0') {
    digits.pop_back();
    --scale;
  }
  if (digits == "0") scale = std::min(scale, std::max(minimum, 0));
  return Decimal(negative_, digits, scale);
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  int scale = std::max(a.scale_, b.scale_);
  Decimal x = a.with_scale(scale);
  Decimal y = b.with_scale(scale);
  if (x.negative_ == y.negative_)
    return Decimal(x.negative_, add_magnitudes(x.digits_, y.digits_), scale);
  int order = compare_magnitudes(x.digits_, y.digits_);
  if (order == 0) return Decimal(false, "0", scale);
  const Decimal& larger = order > 0 ? x : y;
  const Decimal& smaller = order > 0 ? y : x;
  return Decimal(larger.negative_, subtract_magnitudes(larger.digits_, smaller.digits_), scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  Decimal negated = b;
  negated.negative_ = !b.negative_ && !b.is_zero();
  return a + negated;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  Decimal difference = a - b;
  if (difference.is_zero()) return std::strong_ordering::equal;
  return difference.is_negative() ? std::strong_ordering::less : std::strong_ordering::greater;
}

}  // namespace kpiconv
