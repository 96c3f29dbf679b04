#include "converter/text/text.h"

#include <unicode/utf8.h>

#include <charconv>
#include <cstdint>

namespace kpiconv {
namespace {}  // namespace

char32_t next_code_point(std::string_view text, size_t& position) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto index = static_cast<int32_t>(position);
  UChar32 c;
  U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
  position = static_cast<size_t>(index);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t code_point) {
  std::uint32_t c = code_point;
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string ascii_lowercase(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = ascii_lower(c);
  return result;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

std::string xml_safe_text(std::string_view text, size_t& replaced) {
  std::string safe;
  safe.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && is_xml_character(static_cast<char32_t>(c))) {
      safe.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else {
      append_utf8(safe, U'\uFFFD');
      ++replaced;
    }
  }
  return safe;
}

void append_column_letters(std::string& out, int col) {
  char letters[8];
  int count = 0;
  for (int n = col + 1; n > 0 && count < 8; n = (n - 1) / 26) {
    letters[count++] = static_cast<char>('A' + (n - 1) % 26);
  }
  while (count > 0) out.push_back(letters[--count]);
}

void append_cell_name(std::string& out, int row, int col) {
  append_column_letters(out, col);
  char digits[12];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, row + 1);
  out.append(digits, end);
}

std::string cell_name(int row, int col) {
  std::string name;
  append_cell_name(name, row, col);
  return name;
}

}  // namespace kpiconv
