// Streams one worksheet part (ECMA-376 Part 1, 18.3) into a RawSheet: sheetData's cells with the
// text each shows, and mergeCells. Nothing else of the sheet (views, columns, drawings, controls
// with their own xdr:row elements) is looked at.
//
// A cell's text: a shared string (by index), an inline string, a formula's cached string
// (t="str"), TRUE/FALSE (t="b"), an error as stored (t="e"), an ISO date (t="d") or a number shown
// through its style's number format. Formulas are never evaluated: the cached <v> is the value.
#pragma once

#include <cstdint>
#include <string>

#include "converter/registry/cell_caps.h"
#include "formats/ooxml/xml_stream.h"
#include "formats/xlsx/raw_sheet.h"
#include "formats/xlsx/shared_strings_part.h"
#include "formats/xlsx/styles_part.h"
#include "formats/xlsx/text_budget.h"

namespace kpiconv::xlsx {

struct WorksheetContext {
  std::string sheet_name;
  const SharedStrings& shared_strings;
  const CellFormats& formats;
  bool date1904 = false;
  TextBudget& budget;
  // The part's uncompressed size as declared, to reserve room for its cells up front.
  std::uint64_t part_bytes = 0;
  // Counts the sheet's cells against ReadOptions::max_table_cells and max_document_cells.
  CellCaps::Table& cells;
};

// Throws Error(kUnreadable) for malformed XML, a shared-string index out of range, a cell beyond
// XFD1048576, more cells than the caps allow, or too much text. A malformed reference (A0, a
// row "x") is read as an absent one — the next column or row — with a warning.
RawSheet read_worksheet(ooxml::XmlStream& xml, const WorksheetContext& context);

}  // namespace kpiconv::xlsx
