// The rows of a w:tbl as the reader lays them out: rows in order (tracked deletions left out),
// each cell at its grid column with its span and vertical merge state. Rebuilt after rows are
// inserted or removed; text and merge states may change without a rebuild.
#pragma once

#include <libxml/tree.h>

#include <vector>

#include "formats/docx/apply/wml_dom.h"

namespace kpiconv::docx_apply {

struct GridCell {
  xmlNode* tc = nullptr;
  int col = 0;
  int span = 1;
};

struct GridRow {
  xmlNode* tr = nullptr;
  std::vector<GridCell> cells;
  // The cell starting at grid column `col`, or nullptr.
  const GridCell* starting_at(int col) const;
  // The cell covering grid column `col`, or nullptr.
  const GridCell* covering(int col) const;
};

class TableGrid {
 public:
  explicit TableGrid(xmlNode* table);
  const std::vector<GridRow>& rows() const { return rows_; }
  // The position of a row in rows(), or -1.
  int index_of(xmlNode* tr) const;
  // The grid column where a cell of the table starts, or -1.
  int column_of(xmlNode* tc) const;
  // The cell a continued (w:vMerge) cell at (row, col) joins in the row above, or nullptr: the
  // reader joins it when the cell above starts at the same column with the same span.
  const GridCell* joined_above(int row, const GridCell& cell) const;

 private:
  std::vector<GridRow> rows_;
};

// The w:tbl holding `node` (nearest), or nullptr.
xmlNode* table_of(xmlNode* node);

}  // namespace kpiconv::docx_apply
