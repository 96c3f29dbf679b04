#include "formats/docx/table_resolver.h"

#include <algorithm>

namespace kpiconv::docx {
namespace {

bool has_text(const std::vector<std::string>& paragraphs) {
  for (const std::string& paragraph : paragraphs) {
    for (char c : paragraph) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
    }
  }
  return false;
}

// Moves what `from` holds into `into` (a merge), warning when that is real content.
void absorb(Cell& into, RawCell& from, const char* how, std::vector<Warning>& warnings) {
  bool text = has_text(from.paragraphs);
  if (!text && from.nested.empty()) return;
  if (text) {
    for (std::string& paragraph : from.paragraphs) into.paragraphs.push_back(std::move(paragraph));
  }
  for (Table& nested : from.nested) into.nested.push_back(std::move(nested));
  warnings.push_back(Warning{std::string("a ") + how +
                                 " merged cell has content of its own; it was appended to the "
                                 "merged cell at " +
                                 into.where.locator,
                             from.where});
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  size_t size = paragraphs.empty() ? 0 : paragraphs.size() - 1;
  for (const std::string& paragraph : paragraphs) size += paragraph.size();
  text.reserve(size);
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) text.push_back('\n');
    text += paragraphs[i];
  }
  return text;
}

}  // namespace

Table resolve_table(RawTable&& raw, std::vector<Warning>& warnings) {
  Table table;
  table.where = std::move(raw.where);
  int cols = std::max(raw.grid_columns, 0);
  size_t cell_count = 0;
  for (const RawRow& row : raw.rows) {
    cols = std::max(cols, row.width());
    cell_count += row.cells.size();
  }
  table.rows = static_cast<int>(raw.rows.size());
  table.cols = cols;
  table.cells.reserve(cell_count);
  table.row_where.reserve(raw.rows.size());
  for (const RawRow& row : raw.rows) table.row_where.push_back(row.where);

  // above[c]: the cell that covers the previous row at column c and starts at column c, or -1.
  std::vector<int> above(static_cast<size_t>(cols), -1);
  std::vector<int> current(static_cast<size_t>(cols), -1);
  for (int r = 0; r < table.rows; ++r) {
    RawRow& row = raw.rows[static_cast<size_t>(r)];
    std::fill(current.begin(), current.end(), -1);
    int col = std::max(row.grid_before, 0);
    int left = -1;  // the cell placed last in this row, for w:hMerge
    for (RawCell& raw_cell : row.cells) {
      const int span = std::max(raw_cell.grid_span, 1);
      if (raw_cell.horizontal == Merge::kContinue && left >= 0) {
        Cell& joined = table.cells[static_cast<size_t>(left)];
        if (joined.row == r && joined.row_span == 1 && joined.col + joined.col_span == col) {
          joined.col_span += span;
          absorb(joined, raw_cell, "horizontally", warnings);
          col += span;
          continue;
        }
      }
      if (raw_cell.vertical == Merge::kContinue) {
        int index = above[static_cast<size_t>(col)];
        if (index >= 0) {
          Cell& joined = table.cells[static_cast<size_t>(index)];
          if (joined.col_span == span && joined.row + joined.row_span == r) {
            joined.row_span += 1;
            absorb(joined, raw_cell, "vertically", warnings);
            current[static_cast<size_t>(col)] = index;
            left = -1;
            col += span;
            continue;
          }
        }
      }
      Cell cell;
      cell.row = r;
      cell.col = col;
      cell.col_span = span;
      cell.paragraphs = std::move(raw_cell.paragraphs);
      cell.nested = std::move(raw_cell.nested);
      cell.where = std::move(raw_cell.where);
      left = static_cast<int>(table.cells.size());
      current[static_cast<size_t>(col)] = left;
      table.cells.push_back(std::move(cell));
      col += span;
    }
    std::swap(above, current);
  }
  for (Cell& cell : table.cells) cell.text = join_paragraphs(cell.paragraphs);
  table.index_cells();
  return table;
}

}  // namespace kpiconv::docx
