// w:sym (ECMA-376 17.3.3.30): a character given by font and code. Word writes codes of symbol fonts
// in the private use area (U+F000 + the font's byte). For the Symbol font the byte is mapped to
// real Unicode through the Adobe Symbol encoding, so "≥" written as Symbol F0B3 reads as U+2265.
#pragma once

#include <string>
#include <string_view>

namespace kpiconv::docx {

// The code point for w:sym: `font` is w:font, `hex` is w:char (e.g. "F0B3"). Symbol: mapped;
// Wingdings, Webdings and other symbol fonts: the code as written (no Unicode equivalent is
// reliable); any other font: the code as Unicode. Returns 0 when `hex` is not a usable code.
char32_t sym_code_point(std::string_view font, std::string_view hex);

// The Unicode character for a byte of the Adobe Symbol encoding, or 0 where the encoding has none.
char32_t adobe_symbol_to_unicode(unsigned char byte);

}  // namespace kpiconv::docx
