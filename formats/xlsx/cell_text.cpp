#include "formats/xlsx/cell_text.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "converter/text/text.h"
#include "formats/xlsx/xstring.h"

namespace kpiconv::xlsx {
namespace {

constexpr std::string_view kReplacement = "\uFFFD";
constexpr std::string_view kEscapedUnderscore = "_x005F";  // then the literal's own "_x…"

bool is_noncharacter(UChar32 c) {
  return c == 0xFFFE || c == 0xFFFF;
}

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
      if (c < 0 || is_noncharacter(c)) return false;
      units += c > 0xFFFF ? 2 : 1;
    }
    if (units > kMaximumCellCharacters) return false;
  }
  return true;
}

// The next character of `text` at `position` (advanced past it), or U+FFFD when no XML holds it
// (`replaced` then counts it). `keep_controls`: C0 controls other than NUL pass.
std::string_view next_character(std::string_view text, size_t& position, bool keep_controls,
                                size_t& replaced) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto index = static_cast<int32_t>(position);
  UChar32 c;
  U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
  std::string_view character = text.substr(position, static_cast<size_t>(index) - position);
  position = static_cast<size_t>(index);
  const bool control = c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  if (c < 0 || c == 0 || is_noncharacter(c) || (control && !keep_controls)) {
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
    std::string piece(next_character(text, i, /*keep_controls=*/true, replaced));
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

std::string xml_text(std::string_view text) {
  std::string safe;
  safe.reserve(text.size());
  size_t replaced = 0;
  for (size_t i = 0; i < text.size();) safe += next_character(text, i, false, replaced);
  return safe;
}

}  // namespace kpiconv::xlsx
