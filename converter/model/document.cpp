#include "converter/model/document.h"

#include <charconv>
#include <stdexcept>

#include "converter/text/text.h"

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

namespace {

void append_number(std::string& out, std::uint64_t number) {
  char digits[24];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
  out.append(digits, end);
}

void append_element(std::string& out, const char* element, std::uint64_t ordinal) {
  out += element;
  append_number(out, ordinal);
  out.push_back(']');
}

}  // namespace

Provenance Table::row_place(int row) const {
  if (row < 0 || row >= rows) return where;
  Provenance place{places.part, places.prefix};
  if (places.style == SourcePlaces::Style::kWordElements) {
    if (static_cast<std::size_t>(row) >= source_rows.size()) return where;
    append_element(place.locator, "/tr[", source_rows[static_cast<std::size_t>(row)]);
  } else {
    append_number(place.locator, static_cast<std::uint64_t>(row) + 1);
    place.locator.push_back(':');
    append_number(place.locator, static_cast<std::uint64_t>(row) + 1);
  }
  return place;
}

Provenance Table::place_of(const Cell& cell) const {
  Provenance place{places.part, places.prefix};
  if (places.style == SourcePlaces::Style::kWordElements) {
    if (cell.row < 0 || static_cast<std::size_t>(cell.row) >= source_rows.size()) return where;
    append_element(place.locator, "/tr[", source_rows[static_cast<std::size_t>(cell.row)]);
    append_element(place.locator, "/tc[", cell.source_index);
  } else {
    append_cell_name(place.locator, cell.row, cell.col);
  }
  return place;
}

std::vector<const Table*> Table::nested_in(std::size_t cell_index) const {
  std::vector<const Table*> tables;
  for (const NestedTable& inner : nested) {
    if (inner.cell == cell_index) tables.push_back(&inner.table);
  }
  return tables;
}

}  // namespace kpiconv
