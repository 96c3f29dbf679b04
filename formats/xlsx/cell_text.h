// Text as libxlsxwriter is given it, so that a workbook holds what was meant and reads back so.
// libxlsxwriter takes C strings (a NUL would end the text there) and writes text into the XML as
// it comes, escaping only markup and, in cells, the C0 controls (as _x0001_, which Excel and our
// reader decode): the rest is up to us.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kpiconv::xlsx {

// Excel holds at most this many UTF-16 units in a cell; libxlsxwriter refuses longer text.
inline constexpr size_t kMaximumCellCharacters = 32767;

struct CellText {
  std::string text;     // for worksheet_write_string
  size_t replaced = 0;  // characters no cell can hold, made U+FFFD
  size_t cut = 0;       // bytes of the source left out past kMaximumCellCharacters
};

// A cell's text: NUL, U+FFFE, U+FFFF and invalid UTF-8 (which no XML holds) become U+FFFD; a
// literal "_xHHHH_" gets "_x005F_" before it, or reading would take it for an escape; the text is
// cut between characters at kMaximumCellCharacters (as written, escapes counted). Other control
// characters stay: libxlsxwriter escapes them, faithfully. Text outside cells (sheet names,
// document properties), which libxlsxwriter writes unescaped, goes through xml_safe_text.
CellText cell_text(std::string_view text);

}  // namespace kpiconv::xlsx
