// Numbers of indicator values, kept exactly as written: "1.0" stays "1.0", "1,000.50" becomes
// "1000.50". Nothing here converts to floating point, so no digit is ever re-spelled.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kpiconv {

struct DecimalRead {
  std::string digits;      // the number without thousands separators ("-" kept)
  size_t length = 0;       // bytes of the text it took
  bool malformed = false;  // a second decimal point ("1.2.3"): the value cannot be trusted
};

// The decimal number at the start of normalized text, if it starts with an ASCII digit or a minus
// sign and a digit ("-5%": a range's "-" is read as a separator before it gets here). A comma
// is a thousands separator only between groups of exactly three digits after a first group of one
// to three ("1,000", "12,345,678"); otherwise the number ends before it ("3,4" is a list).
std::optional<DecimalRead> read_decimal(std::string_view text);

}  // namespace kpiconv
