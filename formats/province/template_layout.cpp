#include "formats/province/template_layout.h"

#include "converter/error.h"
#include "converter/normalize/normalizer.h"

namespace kpiconv::province {

using xlsx::apply::WorkbookEdit;
using xlsx::apply::WorksheetDom;

WorksheetDom& mapped_sheet(const Mapping& mapping, WorkbookEdit& workbook) {
  if (WorksheetDom* sheet = workbook.sheet(mapping.sheet)) return *sheet;
  throw Error(ErrorKind::kUsage, mapping.file,
              "line " + std::to_string(mapping.sheet_line) + ": the workbook " + workbook.path() +
                  " has no sheet named '" + mapping.sheet + "'");
}

RowsLayout locate_rows(const Mapping& mapping, WorkbookEdit& workbook, WorksheetDom& sheet,
                       int header_row) {
  std::map<std::string, int> by_heading;
  std::string headings;
  for (const auto& [position, cell] : sheet.cells()) {
    if (position.row != header_row) continue;
    std::string text = workbook.text(sheet, position.row, position.col);
    if (is_blank(text)) continue;
    by_heading.emplace(label_key(text), position.col);
    headings += (headings.empty() ? "" : ", ") + std::string(trim(text));
  }
  auto column_of = [&](const std::string& heading, int line) {
    auto found = by_heading.find(label_key(heading));
    if (found != by_heading.end()) return found->second;
    throw Error(ErrorKind::kUsage, mapping.file,
                "line " + std::to_string(line) + ": row " + std::to_string(header_row + 1) +
                    " of sheet '" + mapping.sheet + "' has no heading '" + heading +
                    "' (its headings: " + (headings.empty() ? "none" : headings) + ")");
  };
  RowsLayout layout;
  layout.header_row = header_row;
  for (const ColumnField& column : mapping.columns) {
    layout.columns.push_back({column_of(column.heading, column.line), column.field});
  }
  for (const Constant& constant : mapping.constants) {
    layout.constants.emplace_back(column_of(constant.where, constant.line), constant.text);
  }
  return layout;
}

std::vector<BlockLabel> block_labels(const Mapping& mapping, WorkbookEdit& workbook,
                                     WorksheetDom& sheet) {
  auto is_mapped = [&](int row, int col) {
    for (const CellField& cell : mapping.cells) {
      if (cell.cell.row == row && cell.cell.col == col) return true;
    }
    for (const Constant& constant : mapping.constants) {
      std::optional<xlsx::CellPosition> position = xlsx::parse_cell_reference(constant.where);
      if (position && position->row == row && position->col == col) return true;
    }
    return false;
  };
  std::vector<BlockLabel> labels;
  for (const auto& [position, cell] : sheet.cells()) {
    // Labels above the indicator row: below it, rows move with the number of indicators.
    if (position.row < mapping.block_first_row || position.row >= mapping.indicator_row) continue;
    if (is_mapped(position.row, position.col)) continue;
    std::string text = workbook.text(sheet, position.row, position.col);
    if (is_blank(text)) continue;
    labels.push_back({position.row - mapping.block_first_row, position.col, text});
  }
  if (labels.empty()) {
    throw Error(ErrorKind::kUsage, mapping.file,
                "line " + std::to_string(mapping.block_line) +
                    ": the block has no label above its indicator row to find it by");
  }
  return labels;
}

}  // namespace kpiconv::province
