#include "formats/xlsx/closing_sheets.h"

#include <string>
#include <utility>

#include "formats/xlsx/findings_sheet_writer.h"
#include "formats/xlsx/report_sheet_writer.h"
#include "formats/xlsx/source_sheet_writer.h"
#include "formats/xlsx/table_sheet.h"

namespace kpiconv::xlsx {

void write_closing_sheets(WorkbookWriter& workbook, const Filing& filing,
                          const std::vector<ReportSheet>& report_sheets) {
  std::vector<std::pair<std::string, std::string>> table_sheets;
  int number = 0;
  for (const GenericTable& table : filing.tables) {
    table_sheets.emplace_back(write_table_sheet(workbook, table, ++number), table.title);
  }
  write_findings_sheet(workbook, filing);
  write_report_sheets(workbook, report_sheets);
  write_source_sheet(workbook, filing, table_sheets);
}

}  // namespace kpiconv::xlsx
