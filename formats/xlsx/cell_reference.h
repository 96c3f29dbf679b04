// A1-style cell references as SpreadsheetML writes them ("C7", "A1:B2") and as formulas name a cell
// of another sheet ("Sheet1!C7", "'项目 (2)'!C7"). Positions here are 0-based.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kpiconv::xlsx {

struct CellPosition {
  int row = 0;
  int col = 0;

  bool operator==(const CellPosition&) const = default;
  // Beyond XFD1048576 (parse results saturate there rather than overflow).
  bool beyond_sheet() const;
};

struct CellRange {
  CellPosition first;  // top-left
  CellPosition last;   // bottom-right
};

// "C7", "$C$7", "c7" → {6, 2}; nullopt when malformed (no letters, no digits, row 0, trailing
// characters). Rows and columns past Excel's limits parse, saturated at the limit, so callers can
// tell "malformed" from "too big".
std::optional<CellPosition> parse_cell_reference(std::string_view text);
// "A1:B2" (either corner order) or a single "A1".
std::optional<CellRange> parse_cell_range(std::string_view text);

// 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
void append_column_name(std::string& out, int col);
// {6, 2} → "C7". (The writer's workbook_writer.h has cell_reference() returning a string.)
void append_cell_reference(std::string& out, int row, int col);
// "A1:B2".
std::string range_reference(const CellRange& range);

// A sheet name as a formula writes it: as it is when it is only letters (any script), digits and
// underscores and could not be read as a cell reference or a number; else in single quotes with
// inner quotes doubled ("项目 (2)" → "'项目 (2)'", "O'Brien" → "'O''Brien'").
std::string quote_sheet_name(std::string_view name);

// "项目!K2", "'项目 (2)'!K2": a cell of a sheet as a formula names it.
std::string sheet_cell_reference(std::string_view sheet, int row, int col);

struct SheetCellReference {
  std::string sheet;  // unquoted
  CellPosition cell;
};
// "Sheet1!C7", "'项目 (2)'!$C$7", "'it''s'!A1".
std::optional<SheetCellReference> parse_sheet_cell_reference(std::string_view text);

}  // namespace kpiconv::xlsx
