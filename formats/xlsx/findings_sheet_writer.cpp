#include "formats/xlsx/findings_sheet_writer.h"

#include "converter/model/findings_sheet.h"

namespace kpiconv::xlsx {

void write_findings_sheet(WorkbookWriter& workbook, const Filing& filing) {
  if (filing.findings.empty()) return;
  SheetWriter& sheet = workbook.add_sheet(findings_sheet::kSheetName);
  CellStyle heading;
  heading.heading = true;
  heading.border = true;
  for (int col = 0; col < findings_sheet::kColumns; ++col) {
    sheet.text(0, col, findings_sheet::kHeadings[col], heading);
  }
  CellStyle cell;
  cell.border = true;
  CellStyle message = cell;
  message.wrap = true;
  int row = 0;
  for (const Finding& finding : filing.findings) {
    ++row;
    sheet.text(row, 0,
               finding.severity == Severity::kError     ? "错误"
               : finding.severity == Severity::kWarning ? "警告"
                                                        : "提示",
               cell);
    sheet.text(row, 1, finding.rule, cell);
    sheet.text(row, 2, finding.project_code, cell);
    if (finding.indicator > 0) {
      sheet.number(row, 3, finding.indicator, cell);
    } else {
      sheet.text(row, 3, "", cell);
    }
    sheet.text(row, 4, finding.where.to_string(), cell);
    sheet.text(row, 5, finding.message, message);
  }
  sheet.freeze_first_row();
  sheet.autofilter(row, findings_sheet::kColumns - 1);
  sheet.print_wide_table();
  sheet.fit_columns(6, 70);
}

}  // namespace kpiconv::xlsx
