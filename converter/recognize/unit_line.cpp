#include "converter/recognize/unit_line.h"

#include <unicode/utf8.h>

#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

constexpr size_t kMinimumCodeDigits = 3;

bool is_decimal_digit(UChar32 c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

// Characters after which a number is a date or an ordinal, not a unit code.
bool is_date_or_ordinal_suffix(UChar32 c) {
  return c == U'年' || c == U'月' || c == U'日' || c == U'号' || c == U'.' || c == U'、';
}

}  // namespace

std::optional<UnitLine> parse_unit_line(std::string_view text) {
  std::string_view line = trim(text);
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  int32_t i = 0;
  size_t digits = 0;
  while (i < length) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(bytes, next, length, c);
    if (!is_decimal_digit(c)) break;
    ++digits;
    i = next;
  }
  if (digits < kMinimumCodeDigits) return std::nullopt;
  std::string_view code = line.substr(0, static_cast<size_t>(i));
  std::string_view name = trim(line.substr(static_cast<size_t>(i)));
  if (name.empty()) return std::nullopt;
  int32_t first = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(name.data()), first, static_cast<int32_t>(name.size()),
          c);
  if (c < 0 || !is_han(static_cast<char32_t>(c)) || is_date_or_ordinal_suffix(c))
    return std::nullopt;
  return UnitLine{code, name};
}

}  // namespace kpiconv
