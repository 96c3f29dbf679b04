// ST_Xstring (ECMA-376 Part 1, 22.9.2.19): SpreadsheetML text escapes the characters XML cannot
// carry as _xHHHH_, the UTF-16 code unit in hex ("_x000D_" is a carriage return, "_x0001_" a
// control character), and writes a literal "_x" that would look like an escape as "_x005F_x".
#pragma once

#include <string>
#include <string_view>

namespace kpiconv::xlsx {

// Appends `text` to `out` with every _xHHHH_ escape decoded (hex digits in either case; a
// surrogate pair written as two escapes becomes one character; a lone surrogate U+FFFD).
void append_xstring(std::string& out, std::string_view text);

// True when `text` at `at` holds an escape (_xHHHH_, hex digits in either case): a writer puts
// "_x005F_" (the escape of '_') before such text it means literally.
bool is_xstring_escape(std::string_view text, size_t at);

}  // namespace kpiconv::xlsx
