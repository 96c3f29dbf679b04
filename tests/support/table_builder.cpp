#include "support/table_builder.h"

#include <stdexcept>

namespace kpiconv::test {

TableBuilder& TableBuilder::row(std::vector<CellSpec> cells) {
  rows_.push_back(std::move(cells));
  return *this;
}

Table TableBuilder::build() const {
  Table table;
  table.rows = static_cast<int>(rows_.size());
  table.cols = cols_;
  table.where.part = "word/document.xml";
  table.where.locator = "tbl[" + std::to_string(ordinal_) + "]";
  table.places = {SourcePlaces::Style::kWordElements, table.where.part, table.where.locator};
  std::vector<int> covered_until(static_cast<size_t>(cols_), -1);  // last row covered, per column
  for (int r = 0; r < table.rows; ++r) {
    table.source_rows.push_back(static_cast<std::uint32_t>(r + 1));
    int col = 0;
    int ordinal = 0;
    for (const CellSpec& spec : rows_[static_cast<size_t>(r)]) {
      while (col < cols_ && covered_until[static_cast<size_t>(col)] >= r) ++col;
      if (col + spec.col_span > cols_) throw std::logic_error("test table row too wide");
      Cell cell;
      cell.row = r;
      cell.col = col;
      cell.row_span = spec.row_span;
      cell.col_span = spec.col_span;
      cell.text = spec.text;
      cell.source_index = static_cast<std::uint32_t>(++ordinal);
      for (int c = col; c < col + spec.col_span; ++c) {
        covered_until[static_cast<size_t>(c)] = r + spec.row_span - 1;
      }
      col += spec.col_span;
      table.cells.push_back(std::move(cell));
    }
  }
  table.index_cells();
  return table;
}

Paragraph paragraph(std::string text, std::string style) {
  Paragraph result;
  result.text = std::move(text);
  result.style = std::move(style);
  return result;
}

Field field(std::string text) {
  Field result;
  result.text = std::move(text);
  return result;
}

}  // namespace kpiconv::test
