#include "converter/text/display_width.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace kpiconv {
namespace {

int code_point_width(UChar32 c) {
  if (c < 0x20) return 0;
  if (c < 0x7F) return 1;
  switch (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_WIDE:
    case U_EA_FULLWIDTH:
    case U_EA_AMBIGUOUS:
      return 2;
    default:
      return 1;
  }
}

// Calls on_line(width) for each line of `text`.
template <class F>
void each_line_width(std::string_view text, F&& on_line) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int width = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c == '\n') {
      on_line(width);
      width = 0;
    } else {
      width += c < 0 ? 1 : code_point_width(c);
    }
  }
  on_line(width);
}

}  // namespace

int display_width(std::string_view text) {
  int widest = 0;
  each_line_width(text, [&](int width) { widest = std::max(widest, width); });
  return widest;
}

std::string last_columns(std::string_view text, int columns) {
  if (display_width(text) <= columns) return std::string(text);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t start = static_cast<int32_t>(text.size());
  int width = 1;  // the ellipsis
  while (start > 0) {
    int32_t before = start;
    UChar32 c;
    U8_PREV(bytes, 0, before, c);
    int taken = c < 0 ? 1 : code_point_width(c);
    if (width + taken > columns) break;
    width += taken;
    start = before;
  }
  return "…" + std::string(text.substr(static_cast<size_t>(start)));
}

int wrapped_line_count(std::string_view text, int columns) {
  columns = std::max(columns, 1);
  int lines = 0;
  each_line_width(text, [&](int width) { lines += std::max(1, (width + columns - 1) / columns); });
  return lines;
}

}  // namespace kpiconv
