// The 校验 sheet (converter/model/findings_sheet.h), written when a filing has findings.
#pragma once

#include "converter/model/filing.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

void write_findings_sheet(WorkbookWriter& workbook, const Filing& filing);

}  // namespace kpiconv::xlsx
