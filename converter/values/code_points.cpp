#include "converter/values/code_points.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace kpiconv {

char32_t next_code_point(std::string_view text, size_t& position) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t index = static_cast<int32_t>(position);
  UChar32 c;
  U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
  position = static_cast<size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

}  // namespace kpiconv
