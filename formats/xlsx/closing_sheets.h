// The sheets both layouts of a filing's workbook end with, after the projects: a sheet per other
// table, 校验 with the findings, the report sheets, and 来源.
#pragma once

#include <vector>

#include "converter/model/filing.h"
#include "converter/model/report_sheet.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

void write_closing_sheets(WorkbookWriter& workbook, const Filing& filing,
                          const std::vector<ReportSheet>& report_sheets);

}  // namespace kpiconv::xlsx
