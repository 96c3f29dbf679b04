#include "formats/xlsx/table_sheet.h"

#include "converter/normalize/normalizer.h"

namespace kpiconv::xlsx {

std::string write_table_sheet(WorkbookWriter& workbook, const GenericTable& table, int number) {
  std::string wanted = table.title.empty() ? "表格 " + std::to_string(number) : table.title;
  SheetWriter& sheet = workbook.add_sheet(wanted);
  CellStyle style;
  style.border = true;
  style.wrap = true;
  for (const Cell& cell : table.grid.cells) {
    sheet.merge(cell.row, cell.col, cell.row + cell.row_span - 1, cell.col + cell.col_span - 1,
                cell.text, SheetWriter::Kind::kValue, style);
  }
  sheet.fit_columns(6, 40);
  return sheet.name();
}

}  // namespace kpiconv::xlsx
