// Where a mapping's fields are in a template workbook: the rows layout's columns found by their
// headings, the blocks layout's block with its label cells. Shared by filling and reading.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "formats/province/mapping.h"
#include "formats/xlsx/apply/workbook_edit.h"

namespace kpiconv::province {

struct MappedColumn {
  int col = 0;
  FieldId field;
};

struct RowsLayout {
  int header_row = 0;
  std::vector<MappedColumn> columns;
  std::vector<std::pair<int, std::string>> constants;  // column → text
};

// The columns of `mapping` in `sheet`, headings matched through the normalizer (spaces, full-width
// forms and brackets do not matter). Throws Error(kUsage) naming the mapping's line for a heading
// the header row lacks.
RowsLayout locate_rows(const Mapping& mapping, xlsx::apply::WorkbookEdit& workbook,
                       xlsx::apply::WorksheetDom& sheet, int header_row);

// The texts of the block's cells that no field or constant fills (its labels, "项目编码"), by
// offset from the block's first row: what marks a block when a filled sheet is read.
struct BlockLabel {
  int row_offset = 0;
  int col = 0;
  std::string text;
};
std::vector<BlockLabel> block_labels(const Mapping& mapping, xlsx::apply::WorkbookEdit& workbook,
                                     xlsx::apply::WorksheetDom& sheet);

// The mapping's sheet in `workbook`; throws Error(kUsage) naming the mapping's line when missing.
xlsx::apply::WorksheetDom& mapped_sheet(const Mapping& mapping,
                                        xlsx::apply::WorkbookEdit& workbook);

}  // namespace kpiconv::province
