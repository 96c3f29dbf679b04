#include "converter/values/decimal_number.h"

#include <algorithm>

namespace kpiconv {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

size_t count_digits(std::string_view text, size_t from) {
  size_t end = from;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - from;
}

// True when `text` at `comma` is ",ddd" not followed by a further digit.
bool is_thousands_group(std::string_view text, size_t comma) {
  return comma < text.size() && text[comma] == ',' && count_digits(text, comma + 1) == 3;
}

std::string_view without_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  return digits;
}

// Compares two unsigned digit strings: whole parts by length, then digit by digit.
int compare_magnitudes(std::string_view a, std::string_view b) {
  size_t a_point = a.find('.');
  size_t b_point = b.find('.');
  std::string_view a_whole = without_leading_zeros(a.substr(0, a_point));
  std::string_view b_whole = without_leading_zeros(b.substr(0, b_point));
  if (a_whole.size() != b_whole.size()) return a_whole.size() < b_whole.size() ? -1 : 1;
  if (int whole = a_whole.compare(b_whole); whole != 0) return whole < 0 ? -1 : 1;
  std::string_view a_fraction = a_point == std::string_view::npos ? "" : a.substr(a_point + 1);
  std::string_view b_fraction = b_point == std::string_view::npos ? "" : b.substr(b_point + 1);
  for (size_t i = 0; i < std::max(a_fraction.size(), b_fraction.size()); ++i) {
    char a_digit = i < a_fraction.size() ? a_fraction[i] : '0';
    char b_digit = i < b_fraction.size() ? b_fraction[i] : '0';
    if (a_digit != b_digit) return a_digit < b_digit ? -1 : 1;
  }
  return 0;
}

}  // namespace

std::optional<DecimalRead> read_decimal(std::string_view text) {
  size_t sign = text.starts_with('-') ? 1 : 0;
  size_t first_group = count_digits(text, sign);
  if (first_group == 0) return std::nullopt;
  DecimalRead read;
  read.digits.assign(text.substr(0, sign + first_group));
  size_t end = sign + first_group;
  if (first_group <= 3) {
    while (is_thousands_group(text, end)) {
      read.digits.append(text.substr(end + 1, 3));
      end += 4;
    }
  }
  if (end + 1 < text.size() && text[end] == '.' && is_digit(text[end + 1])) {
    size_t fraction = count_digits(text, end + 1);
    read.digits.append(text.substr(end, 1 + fraction));
    end += 1 + fraction;
    read.malformed = end + 1 < text.size() && text[end] == '.' && is_digit(text[end + 1]);
  }
  read.length = end;
  return read;
}

int compare_decimals(std::string_view a, std::string_view b) {
  bool a_negative = a.starts_with('-');
  bool b_negative = b.starts_with('-');
  if (a_negative != b_negative) return a_negative ? -1 : 1;
  int magnitudes = compare_magnitudes(a.substr(a_negative ? 1 : 0), b.substr(b_negative ? 1 : 0));
  return a_negative ? -magnitudes : magnitudes;
}

}  // namespace kpiconv
