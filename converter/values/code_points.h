// Walking UTF-8 text one code point at a time (ICU's U8_NEXT), for the values parser.
#pragma once

#include <cstddef>
#include <string_view>

namespace kpiconv {

// The code point at `position` (advanced past it); an invalid byte sequence reads as U+FFFD.
char32_t next_code_point(std::string_view text, size_t& position);

}  // namespace kpiconv
