// A filing's other table (organisation, procurement, fixed assets…) as a sheet: its grid at A1 with
// the merged cells it had, every cell bordered so empty ones are kept.
#pragma once

#include "converter/model/filing.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

// Adds the sheet, named after the table's title (or "表格 N"), and returns its name.
std::string write_table_sheet(WorkbookWriter& workbook, const GenericTable& table, int number);

}  // namespace kpiconv::xlsx
