#include "converter/values/decimal_number.h"
#include "converter/text/text.h"

#include <algorithm>

namespace kpiconv {
namespace {

size_t count_digits(std::string_view text, size_t from) {
  size_t end = from;
  while (end < text.size() && is_ascii_digit(text[end])) ++end;
  return end - from;
}

// True when `text` at `comma` is ",ddd" not followed by a further digit.
bool is_thousands_group(std::string_view text, size_t comma) {
  return comma < text.size() && text[comma] == ',' && count_digits(text, comma + 1) == 3;
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
  if (end + 1 < text.size() && text[end] == '.' && is_ascii_digit(text[end + 1])) {
    size_t fraction = count_digits(text, end + 1);
    read.digits.append(text.substr(end, 1 + fraction));
    end += 1 + fraction;
    read.malformed = end + 1 < text.size() && text[end] == '.' && is_ascii_digit(text[end + 1]);
  }
  read.length = end;
  return read;
}

}  // namespace kpiconv
