#include "formats/xlsx/normalized_layout.h"

#include "converter/model/flat_columns.h"
#include "formats/xlsx/findings_sheet_writer.h"
#include "formats/xlsx/flat_rows.h"
#include "formats/xlsx/report_sheet_writer.h"
#include "formats/xlsx/source_sheet_writer.h"
#include "formats/xlsx/table_sheet.h"

namespace kpiconv::xlsx {
namespace {

void write_projects(WorkbookWriter& workbook, const Filing& filing) {
  const std::vector<FlatColumn>& columns = project_sheet_columns();
  SheetWriter& sheet = workbook.add_sheet("项目");
  write_flat_headings(sheet, columns);
  int row = 0;
  for (const Project& project : filing.projects) {
    ++row;
    write_project_row(sheet, row, 0, project, row);
  }
  finish_flat_sheet(sheet, row, static_cast<int>(columns.size()));
}

void write_indicators(WorkbookWriter& workbook, const Filing& filing, int rows_per_sheet) {
  const std::vector<FlatColumn>& columns = indicator_sheet_columns();
  SheetWriter* sheet = nullptr;
  int row = 0;
  int sheets = 0;
  auto next_sheet = [&] {
    if (sheet != nullptr) finish_flat_sheet(*sheet, row, static_cast<int>(columns.size()));
    ++sheets;
    sheet = &workbook.add_sheet(sheets == 1 ? "指标" : "指标 (" + std::to_string(sheets) + ")");
    write_flat_headings(*sheet, columns);
    row = 0;
  };
  next_sheet();
  int number = 0;
  for (const Project& project : filing.projects) {
    ++number;
    for (const Indicator& indicator : project.indicators) {
      if (row + 1 >= rows_per_sheet) next_sheet();
      ++row;
      write_indicator_row(*sheet, row, 0, project, indicator, number);
    }
  }
  finish_flat_sheet(*sheet, row, static_cast<int>(columns.size()));
}

}  // namespace

void write_normalized_layout(WorkbookWriter& workbook, const Filing& filing, int rows_per_sheet,
                             const std::vector<ReportSheet>& report_sheets) {
  write_projects(workbook, filing);
  write_indicators(workbook, filing, rows_per_sheet);
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
