#include "formats/xlsx/cell_text.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "converter/text/text.h"
#include "formats/xlsx/xstring.h"

namespace kpiconv::xlsx {
namespace {

constexpr std::string_view kReplacement = "\uFFFD";
constexpr std::string_view kEscapedUnderscore = "_x005F";  // then the literal's own "_x…"

// True when `text` can go to libxlsxwriter as it is (the common case, checked without copying).
bool fits_as_it_is(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  size_t units = 0;
  for (int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      if (bytes[i] == 0 || (bytes[i] == '_' && is_xstring_escape(text, static_cast<size_t>(i))))
        return false;
      ++i;
      ++units;
    } else {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0 || !is_xml_character(static_cast<char32_t>(c))) return false;
      units += c > 0xFFFF ? 2 : 1;
    }
    if (units > kMaximumCellCharacters) return false;
  }
  return true;
}

// The next character of `text` at `position` (advanced past it), or U+FFFD when no cell holds it
// (`replaced` then counts it): C0 controls other than NUL pass, since libxlsxwriter escapes them.
std::string_view next_character(std::string_view text, size_t& position, size_t& replaced) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto index = static_cast<int32_t>(position);
  UChar32 c;
  U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
  std::string_view character = text.substr(position, static_cast<size_t>(index) - position);
  position = static_cast<size_t>(index);
  const bool escaped_control = c > 0 && c < 0x20;
  if (c < 0 || (!escaped_control && !is_xml_character(static_cast<char32_t>(c)))) {
    ++replaced;
    return kReplacement;
  }
  return character;
}

size_t utf16_units(std::string_view utf8) {
  size_t units = 0;
  for (size_t i = 0; i < utf8.size();) units += next_code_point(utf8, i) > 0xFFFF ? 2 : 1;
  return units;
}

}  // namespace

CellText cell_text(std::string_view text) {
  CellText cell;
  if (fits_as_it_is(text)) {
    cell.text.assign(text);
    return cell;
  }
  cell.text.reserve(text.size());
  size_t units = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    size_t replaced = 0;
    std::string piece(next_character(text, i, replaced));
    if (piece == "_" && is_xstring_escape(text, start)) piece.insert(0, kEscapedUnderscore);
    const size_t piece_units = utf16_units(piece);
    if (units + piece_units > kMaximumCellCharacters) {
      cell.cut = text.size() - start;
      break;
    }
    units += piece_units;
    cell.replaced += replaced;
    cell.text += piece;
  }
  return cell;
}

}  // namespace kpiconv::xlsx
