// The report sheets of WriteOptions (converter/model/report_sheet.h), after 校验: merge's 冲突.
#pragma once

#include <vector>

#include "converter/model/report_sheet.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

void write_report_sheets(WorkbookWriter& workbook, const std::vector<ReportSheet>& sheets);

}  // namespace kpiconv::xlsx
