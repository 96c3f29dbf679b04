// The blocks layout's rows: the template's block (one project's rows, its indicator row among
// them) repeated down the sheet, once per project, its indicator row once per indicator. All the
// rows are laid out in one pass — the rows below the block move once, each copy is placed once,
// each drop-down range is rewritten once — so filling takes time in proportion to the rows
// written, not to their square.
#pragma once

#include <vector>

#include "formats/xlsx/apply/workbook_edit.h"

namespace kpiconv::province {

// The template's block, rows 0-based and inclusive.
struct BlockShape {
  int first = 0;
  int last = 0;
  int indicator = 0;  // the row repeated for each indicator

  int height() const { return last - first + 1; }
  int indicator_offset() const { return indicator - first; }
  // The sheet row of the block's row `offset` in a copy starting at `start` with `indicators`
  // indicator rows: rows below the indicator row move down by the indicators added; the
  // indicator row itself gives its first row.
  int row_of(int start, int indicators, int offset) const {
    return start + offset + (offset > indicator_offset() ? indicators - 1 : 0);
  }
  // The rows a copy with `indicators` indicator rows takes.
  int rows_with(int indicators) const { return height() + indicators - 1; }
};

// Lays out one copy of the block for each entry of `indicator_rows` (the indicator rows of that
// project, at least 1), the first in the template's own block, the others below it, and returns
// the first row of each copy. Each copy gets the block's values (its labels), cell styles, row
// heights, merged ranges and the drop-downs and conditional formats of each of its rows; the
// indicator rows beyond the first are empty, and a merged range holding the indicator row (a
// label beside the indicators) grows with them. Rows below the block, and every reference to
// them, move down below the last copy.
std::vector<int> lay_out_blocks(xlsx::apply::WorkbookEdit& workbook,
                                xlsx::apply::WorksheetDom& sheet, const BlockShape& shape,
                                const std::vector<int>& indicator_rows);

}  // namespace kpiconv::province
