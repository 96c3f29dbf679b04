#include "formats/docx/symbol_font.h"

#include <gtest/gtest.h>

namespace kpiconv::docx {
namespace {

TEST(SymbolFont, ComparisonSignsAndOperators) {
  EXPECT_EQ(sym_code_point("Symbol", "F0B3"), U'\u2265');  // ≥
  EXPECT_EQ(sym_code_point("Symbol", "F0A3"), U'\u2264');  // ≤
  EXPECT_EQ(sym_code_point("Symbol", "F0B1"), U'\u00B1');  // ±
  EXPECT_EQ(sym_code_point("Symbol", "F0B4"), U'\u00D7');  // ×
  EXPECT_EQ(sym_code_point("Symbol", "F0B8"), U'\u00F7');  // ÷
  EXPECT_EQ(sym_code_point("Symbol", "F0B0"), U'\u00B0');  // °
  EXPECT_EQ(sym_code_point("Symbol", "F0B9"), U'\u2260');  // ≠
  EXPECT_EQ(sym_code_point("Symbol", "f0bb"), U'\u2248');  // ≈, lower-case hex
  EXPECT_EQ(sym_code_point("symbol", "F02D"), U'\u2212');  // −, font name in any case
}

TEST(SymbolFont, GreekLettersAndArrows) {
  EXPECT_EQ(sym_code_point("Symbol", "F061"), U'\u03B1');  // α
  EXPECT_EQ(sym_code_point("Symbol", "F044"), U'\u0394');  // Δ
  EXPECT_EQ(sym_code_point("Symbol", "F057"), U'\u03A9');  // Ω
  EXPECT_EQ(sym_code_point("Symbol", "F06D"), U'\u03BC');  // μ
  EXPECT_EQ(sym_code_point("Symbol", "F0AE"), U'\u2192');  // →
  EXPECT_EQ(sym_code_point("Symbol", "F0DE"), U'\u21D2');  // ⇒
  EXPECT_EQ(sym_code_point("Symbol", "F0B7"), U'\u2022');  // •
}

TEST(SymbolFont, BareBytesAndUndefinedCodes) {
  EXPECT_EQ(sym_code_point("Symbol", "B3"), U'\u2265');
  EXPECT_EQ(sym_code_point("Symbol", "F080"), U'\uF080');  // undefined in the encoding: kept
  EXPECT_EQ(adobe_symbol_to_unicode(0x20), U' ');
  EXPECT_EQ(adobe_symbol_to_unicode(0xFE), U'\u23AD');
  EXPECT_EQ(adobe_symbol_to_unicode(0x10), U'\0');
}

TEST(SymbolFont, OtherFonts) {
  EXPECT_EQ(sym_code_point("Wingdings", "F0FC"), U'\uF0FC');
  EXPECT_EQ(sym_code_point("Wingdings 2", "F052"), U'\uF052');
  EXPECT_EQ(sym_code_point("宋体", "2265"), U'\u2265');
  EXPECT_EQ(sym_code_point("Symbol", "zz"), U'\0');
  EXPECT_EQ(sym_code_point("Symbol", ""), U'\0');
  EXPECT_EQ(sym_code_point("Arial", "110000"), U'\0');
}

}  // namespace
}  // namespace kpiconv::docx
