#include "formats/xlsx/table_sheet.h"

#include <vector>

#include "converter/normalize/normalizer.h"

namespace kpiconv::xlsx {

std::string write_table_sheet(WorkbookWriter& workbook, const GenericTable& table, int number) {
  std::string wanted = table.title.empty() ? "表格 " + std::to_string(number) : table.title;
  SheetWriter& sheet = workbook.add_sheet(wanted);
  CellStyle style;
  style.border = true;
  style.wrap = true;
  // Row by row, as a constant-memory workbook needs.
  std::vector<std::vector<const Cell*>> crossing(static_cast<size_t>(table.grid.rows));
  for (const Cell& cell : table.grid.cells) {
    for (int row = cell.row; row < cell.row + cell.row_span && row < table.grid.rows; ++row) {
      crossing[static_cast<size_t>(row)].push_back(&cell);
    }
  }
  for (int row = 0; row < table.grid.rows; ++row) {
    for (const Cell* cell : crossing[static_cast<size_t>(row)]) {
      sheet.merged_row(row, cell->row, cell->col, cell->row + cell->row_span - 1,
                       cell->col + cell->col_span - 1, cell->text, SheetWriter::Kind::kValue,
                       style);
    }
  }
  sheet.fit_columns(6, 40);
  return sheet.name();
}

}  // namespace kpiconv::xlsx
