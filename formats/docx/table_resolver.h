// Stage two of reading a DOCX table: resolves the faithful raw rows into the model's Table grid
// with real row and column spans, a row at a time as the parser reads them, so that a table's raw
// picture is never held whole beside its grid.
//
// - Grid width = max(w:tblGrid column count, widest row including gridBefore/gridAfter).
// - A w:vMerge continue cell joins the cell above that starts at the same grid column with the same
//   column span (its row_span grows); with nothing to join it becomes a cell of its own.
// - A continue cell that carries text of its own (or a nested table) has it appended to the merged
//   cell, with a Warning: text is never dropped.
// - w:hMerge continue (legacy) joins the cell to its left in the same way.
// - Grid positions no cell covers (gridBefore, gridAfter, short rows) are holes (owner -1).
#pragma once

#include <vector>

#include "converter/model/document.h"
#include "formats/docx/raw_table.h"

namespace kpiconv::docx {

class TableResolver {
 public:
  // `where` is the table's place ("tbl[3]" in its part); rows and cells are named after it.
  explicit TableResolver(Provenance where);

  void set_grid_columns(int columns) { grid_columns_ = columns; }
  // Resolves the next row against the rows before it; warnings about merged content go to
  // `warnings`.
  void add_row(RawRow&& row, std::vector<Warning>& warnings);
  std::size_t rows() const { return table_.source_rows.size(); }
  std::size_t cells() const { return table_.cells.size(); }
  // The grid so far (every row must have been added).
  Table finish();

 private:
  void absorb(std::size_t into, RawCell& from, std::uint32_t from_row, const char* how,
              std::vector<Warning>& warnings);
  Provenance raw_place(std::uint32_t row, std::uint32_t cell) const;

  Table table_;
  int grid_columns_ = 0;
  int widest_ = 0;
  // Paragraphs of each cell so far: a continue cell's text joins its merged cell on a new line,
  // unless that cell had no paragraph at all.
  std::vector<std::uint32_t> paragraph_counts_;
  // above[c]: the cell that covers the previous row at column c and starts at column c, or -1.
  std::vector<int> above_;
  std::vector<int> current_;
};

// A whole raw table at once (tests, and tables built outside the parser).
Table resolve_table(RawTable&& raw, std::vector<Warning>& warnings);

}  // namespace kpiconv::docx
