// The second stage of reading a worksheet: a RawSheet laid out as a Table grid.
//
// - rows and columns: the last used row and column + 1, from the cells and merged ranges actually
//   present (never from <dimension>, which lies);
// - every <c> is a Cell, even a styled blank one; positions without a <c> are holes (owner -1);
// - a merged range is one Cell at its top-left with row_span/col_span (created empty when the
//   sheet has no <c> there); the <c> elements it covers are dropped; a range overlapping an
//   earlier one is ignored with a warning;
// - provenance: the part, "Sheet1!C7" for cells, "Sheet1!7:7" for rows, the sheet name for the
//   table;
// - a sheet whose grid would pass kMaxGridPositions first loses the blank cells beyond its
//   content (with a warning); when its content alone needs more, it is refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "converter/model/document.h"
#include "formats/xlsx/raw_sheet.h"
#include "formats/xlsx/recorded_source_texts.h"
#include "formats/xlsx/shared_strings_part.h"

namespace kpiconv::xlsx {

struct SheetPlace {
  std::string file;  // for errors
  std::string part;  // "xl/worksheets/sheet1.xml"
  std::string name;  // the sheet's name
};

// The Table of a sheet (no cells when the sheet has none). `recorded`, when not null, holds the
// source texts kpiconv recorded for this sheet's cells. Throws Error(kUnreadable) when the
// sheet's content needs a grid larger than kMaxGridPositions.
Table build_sheet_table(RawSheet&& sheet, const SheetPlace& place, const SharedStrings& strings,
                        const SheetSourceTexts* recorded, std::vector<Warning>& warnings);

}  // namespace kpiconv::xlsx
