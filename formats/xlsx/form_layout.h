// The form workbook: one sheet per project laid out like the Word form (title, unit line, 项目编码,
// the budget and spending-plan blocks, 绩效目标, the indicator table with 一级/二级 merged down),
// bordered and sized to print on A4; then the other tables and 来源, as in the normalized layout.
#pragma once

#include <vector>

#include "converter/model/filing.h"
#include "converter/model/report_sheet.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

void write_form_layout(WorkbookWriter& workbook, const Filing& filing,
                       const std::vector<ReportSheet>& report_sheets = {});

}  // namespace kpiconv::xlsx
