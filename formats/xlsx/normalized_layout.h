// The normalized workbook: 项目 (a row per project), 指标 (a row per indicator, continued on
// "指标 (2)"… past Excel's row limit), a sheet per other table, and 来源.
#pragma once

#include <vector>

#include "converter/model/filing.h"
#include "converter/model/report_sheet.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

// `rows_per_sheet` counts the heading row (Excel's limit: 1,048,576).
void write_normalized_layout(WorkbookWriter& workbook, const Filing& filing, int rows_per_sheet,
                             const std::vector<ReportSheet>& report_sheets = {});

}  // namespace kpiconv::xlsx
