// Small byte-level text helpers shared by readers and writers. Anything that needs Unicode
// knowledge (normalization, scripts, white space) lives in converter/normalize.
#pragma once

#include <string>
#include <string_view>

namespace kpiconv {

// The code point at `position` of UTF-8 `text` (advancing `position` past it); an invalid byte
// sequence reads as U+FFFD.
char32_t next_code_point(std::string_view text, size_t& position);

// Appends `code_point` as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
std::string ascii_lowercase(std::string_view text);

// Whether XML 1.0 can hold `c` as a character: tab, line feed, carriage return and everything from
// U+0020 on but the noncharacters U+FFFE and U+FFFF (and the surrogates, which UTF-8 never holds).
inline bool is_xml_character(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
// `text` with every character XML 1.0 cannot hold, and every invalid UTF-8 sequence, made U+FFFD;
// `replaced` counts them. For what libxml2 and libxlsxwriter write without escaping.
std::string xml_safe_text(std::string_view text, size_t& replaced);

// A1 names of 0-based grid positions: column 26 → "AA", (3, 1) → "B4".
void append_column_letters(std::string& out, int col);
void append_cell_name(std::string& out, int row, int col);
std::string cell_name(int row, int col);
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

}  // namespace kpiconv
