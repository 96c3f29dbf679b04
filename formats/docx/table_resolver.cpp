#include "formats/docx/table_resolver.h"

#include <algorithm>
#include <string>

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

// Appends `paragraphs` to `text`, one per line; `text` already holds `count` of them.
void append_paragraphs(std::string& text, std::size_t count,
                       const std::vector<std::string>& paragraphs) {
  std::size_t size = text.size() + paragraphs.size();
  for (const std::string& paragraph : paragraphs) size += paragraph.size();
  text.reserve(size);
  for (const std::string& paragraph : paragraphs) {
    if (count++ > 0) text.push_back('\n');
    text += paragraph;
  }
}

}  // namespace

TableResolver::TableResolver(Provenance where) {
  table_.places.style = SourcePlaces::Style::kWordElements;
  table_.places.part = where.part;
  table_.places.prefix = where.locator;
  table_.where = std::move(where);
}

Provenance TableResolver::raw_place(std::uint32_t row, std::uint32_t cell) const {
  return Provenance{table_.places.part, table_.places.prefix + "/tr[" + std::to_string(row) +
                                            "]/tc[" + std::to_string(cell) + "]"};
}

// Moves what `from` holds into cells[into] (a merge), warning when that is real content.
void TableResolver::absorb(std::size_t into, RawCell& from, std::uint32_t from_row, const char* how,
                           std::vector<Warning>& warnings) {
  const bool text = has_text(from.paragraphs);
  if (!text && from.nested.empty()) return;
  Cell& joined = table_.cells[into];
  if (text) {
    append_paragraphs(joined.text, paragraph_counts_[into], from.paragraphs);
    paragraph_counts_[into] += static_cast<std::uint32_t>(from.paragraphs.size());
  }
  for (Table& nested : from.nested) table_.nested.push_back({into, std::move(nested)});
  warnings.push_back(Warning{std::string("a ") + how +
                                 " merged cell has content of its own; it was appended to the "
                                 "merged cell at " +
                                 table_.place_of(joined).locator,
                             raw_place(from_row, from.source_index)});
}

void TableResolver::add_row(RawRow&& row, std::vector<Warning>& warnings) {
  const int r = static_cast<int>(table_.source_rows.size());
  table_.source_rows.push_back(row.source_index);
  const int width = row.width();
  widest_ = std::max(widest_, width);
  if (static_cast<int>(above_.size()) < width) {
    above_.resize(static_cast<std::size_t>(width), -1);
  }
  current_.assign(above_.size(), -1);
  int col = std::max(row.grid_before, 0);
  int left = -1;  // the cell placed last in this row, for w:hMerge
  for (RawCell& raw_cell : row.cells) {
    const int span = std::max(raw_cell.grid_span, 1);
    if (raw_cell.horizontal == Merge::kContinue && left >= 0) {
      Cell& joined = table_.cells[static_cast<std::size_t>(left)];
      if (joined.row == r && joined.row_span == 1 && joined.col + joined.col_span == col) {
        joined.col_span += span;
        absorb(static_cast<std::size_t>(left), raw_cell, row.source_index, "horizontally",
               warnings);
        col += span;
        continue;
      }
    }
    if (raw_cell.vertical == Merge::kContinue && col < static_cast<int>(above_.size())) {
      int index = above_[static_cast<std::size_t>(col)];
      if (index >= 0) {
        Cell& joined = table_.cells[static_cast<std::size_t>(index)];
        if (joined.col_span == span && joined.row + joined.row_span == r) {
          joined.row_span += 1;
          absorb(static_cast<std::size_t>(index), raw_cell, row.source_index, "vertically",
                 warnings);
          current_[static_cast<std::size_t>(col)] = index;
          left = -1;
          col += span;
          continue;
        }
      }
    }
    Cell& cell = table_.cells.emplace_back();
    cell.row = r;
    cell.col = col;
    cell.col_span = span;
    cell.source_index = raw_cell.source_index;
    append_paragraphs(cell.text, 0, raw_cell.paragraphs);
    paragraph_counts_.push_back(static_cast<std::uint32_t>(raw_cell.paragraphs.size()));
    left = static_cast<int>(table_.cells.size()) - 1;
    for (Table& nested : raw_cell.nested) {
      table_.nested.push_back({static_cast<std::size_t>(left), std::move(nested)});
    }
    if (col < static_cast<int>(current_.size())) current_[static_cast<std::size_t>(col)] = left;
    col += span;
  }
  std::swap(above_, current_);
}

Table TableResolver::finish() {
  table_.rows = static_cast<int>(table_.source_rows.size());
  table_.cols = std::max({grid_columns_, widest_, 0});
  std::vector<std::uint32_t>().swap(paragraph_counts_);
  table_.cells.shrink_to_fit();
  table_.index_cells();
  return std::move(table_);
}

Table resolve_table(RawTable&& raw, std::vector<Warning>& warnings) {
  TableResolver resolver(std::move(raw.where));
  resolver.set_grid_columns(raw.grid_columns);
  std::uint32_t ordinal = 0;
  for (RawRow& row : raw.rows) {
    if (row.source_index == 0) row.source_index = ++ordinal;
    ordinal = row.source_index;
    std::uint32_t cell_ordinal = 0;
    for (RawCell& cell : row.cells) {
      if (cell.source_index == 0) cell.source_index = ++cell_ordinal;
      cell_ordinal = cell.source_index;
    }
    resolver.add_row(std::move(row), warnings);
  }
  return resolver.finish();
}

}  // namespace kpiconv::docx
