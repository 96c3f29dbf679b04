#include "formats/xlsx/report_sheet_writer.h"

namespace kpiconv::xlsx {

void write_report_sheets(WorkbookWriter& workbook, const std::vector<ReportSheet>& sheets) {
  for (const ReportSheet& report : sheets) {
    const int columns = static_cast<int>(report.headings.size());
    if (columns == 0) continue;
    SheetWriter& sheet = workbook.add_sheet(report.name);
    CellStyle heading;
    heading.heading = true;
    heading.border = true;
    for (int col = 0; col < columns; ++col) {
      sheet.text(0, col, report.headings[static_cast<size_t>(col)], heading);
    }
    CellStyle cell;
    cell.border = true;
    cell.wrap = true;
    int row = 0;
    for (const std::vector<std::string>& values : report.rows) {
      ++row;
      for (int col = 0; col < columns; ++col) {
        sheet.text(row, col, col < static_cast<int>(values.size()) ? values[col] : "", cell);
      }
    }
    sheet.freeze_first_row();
    sheet.autofilter(row, columns - 1);
    sheet.print_wide_table();
    sheet.fit_columns(6, 50);
  }
}

}  // namespace kpiconv::xlsx
