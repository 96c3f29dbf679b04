#include "formats/xlsx/xstring.h"

#include "converter/text/text.h"

namespace kpiconv::xlsx {
namespace {

constexpr size_t kEscapeLength = 7;  // _xHHHH_

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of an escape at text[at], or -1.
int escape_at(std::string_view text, size_t at) {
  if (text.size() - at < kEscapeLength || text[at] != '_' || text[at + 1] != 'x' ||
      text[at + 6] != '_') {
    return -1;
  }
  int unit = 0;
  for (size_t i = at + 2; i < at + 6; ++i) {
    int digit = hex_value(text[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

}  // namespace

bool is_xstring_escape(std::string_view text, size_t at) {
  return at < text.size() && escape_at(text, at) >= 0;
}

void append_xstring(std::string& out, std::string_view text) {
  size_t at = text.find("_x");
  if (at == std::string_view::npos) {
    out += text;  // the common case: nothing escaped
    return;
  }
  out.reserve(out.size() + text.size());
  size_t copied = 0;
  while (at != std::string_view::npos) {
    const int unit = escape_at(text, at);
    if (unit < 0) {
      at = text.find("_x", at + 1);
      continue;
    }
    out.append(text, copied, at - copied);
    size_t next = at + kEscapeLength;
    char32_t code_point = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const int low = escape_at(text, next);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
                     (static_cast<char32_t>(low) - 0xDC00);
        next += kEscapeLength;
      }
    }
    append_utf8(out, code_point);  // a lone surrogate becomes U+FFFD
    copied = next;
    at = text.find("_x", next);
  }
  out.append(text, copied);
}

}  // namespace kpiconv::xlsx
