#include "converter/model/document.h"

#include <stdexcept>

namespace kpiconv {

std::vector<const Cell*> Table::row_cells(int row) const {
  std::vector<const Cell*> result;
  const Cell* previous = nullptr;
  for (int col = 0; col < cols; ++col) {
    const Cell* cell = at(row, col);
    if (cell != nullptr && cell != previous) result.push_back(cell);
    previous = cell;
  }
  return result;
}

void Table::index_cells() {
  owner.assign(static_cast<size_t>(rows) * static_cast<size_t>(cols), -1);
  for (size_t i = 0; i < cells.size(); ++i) {
    const Cell& cell = cells[i];
    if (cell.row < 0 || cell.col < 0 || cell.row_span < 1 || cell.col_span < 1 ||
        cell.row + cell.row_span > rows || cell.col + cell.col_span > cols) {
      throw std::logic_error("table cell outside its grid");
    }
    for (int r = cell.row; r < cell.row + cell.row_span; ++r) {
      for (int c = cell.col; c < cell.col + cell.col_span; ++c) {
        int32_t& slot = owner[static_cast<size_t>(r) * cols + c];
        if (slot >= 0) throw std::logic_error("table cells overlap");
        slot = static_cast<int32_t>(i);
      }
    }
  }
}

}  // namespace kpiconv
