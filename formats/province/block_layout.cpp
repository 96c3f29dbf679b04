#include "formats/province/block_layout.h"

namespace kpiconv::province {

using xlsx::CellRange;
using xlsx::apply::WorkbookEdit;
using xlsx::apply::WorksheetDom;

namespace {

// A merged range of the template's block placed in the copy starting at `start`: a range on the
// indicator row alone is repeated on every indicator row, one holding it grows with them.
void add_block_merge(WorksheetDom& sheet, const BlockShape& shape, const CellRange& range,
                     int start, int indicators) {
  const int top = range.first.row - shape.first;
  const int bottom = range.last.row - shape.first;
  const int indicator = shape.indicator_offset();
  if (top == indicator && bottom == indicator) {
    for (int i = 0; i < indicators; ++i) {
      CellRange copy = range;
      copy.first.row = copy.last.row = start + indicator + i;
      sheet.add_merge(copy);
    }
    return;
  }
  CellRange copy = range;
  copy.first.row = shape.row_of(start, indicators, top);
  copy.last.row = bottom == indicator ? start + indicator + indicators - 1
                                      : shape.row_of(start, indicators, bottom);
  sheet.add_merge(copy);
}

}  // namespace

std::vector<int> lay_out_blocks(WorkbookEdit& workbook, WorksheetDom& sheet,
                                const BlockShape& shape, const std::vector<int>& indicator_rows) {
  std::vector<int> starts;
  if (indicator_rows.empty()) return starts;
  int start = shape.first;
  for (int indicators : indicator_rows) {
    starts.push_back(start);
    start += shape.rows_with(indicators);
  }
  const int first_added = indicator_rows.front() - 1;  // in the template's own block
  const int below = start - shape.first - shape.rows_with(indicator_rows.front());

  // The block's merged ranges are placed afresh in every copy, the template's own included.
  const std::vector<CellRange> block_merges = sheet.take_merges(shape.first, shape.last);
  // Rows for the later copies below the block, then for the first copy's indicators: the rows
  // below each opening move down once, with every reference to them.
  workbook.open_rows(sheet, shape.last + 1, below);
  workbook.open_rows(sheet, shape.indicator + 1, first_added);

  // The template's row at `offset` of its block, now that its own indicator rows are open.
  auto template_row = [&](int offset) {
    return shape.row_of(shape.first, first_added + 1, offset);
  };
  std::vector<WorksheetDom::RowRuleCopy> rule_copies;
  const int indicator = shape.indicator_offset();
  for (size_t p = 0; p < starts.size(); ++p) {
    const int at = starts[p];
    const int indicators = indicator_rows[p];
    for (int offset = 0; offset < shape.height(); ++offset) {
      const int source = template_row(offset);
      const int row = shape.row_of(at, indicators, offset);
      const int rows = offset == indicator ? indicators : 1;
      // The first copy is the template's block itself: only its added indicator rows are new.
      const int new_from = p == 0 ? (offset == indicator ? 1 : rows) : 0;
      for (int i = new_from; i < rows; ++i) {
        sheet.place_row_copy(source, row + i, /*keep_values=*/i == 0);
      }
      if (new_from < rows) rule_copies.push_back({source, row + new_from, row + rows - 1});
    }
    for (const CellRange& range : block_merges) {
      add_block_merge(sheet, shape, range, at, indicators);
    }
  }
  sheet.extend_row_rules(rule_copies);
  workbook.touch(sheet);
  return starts;
}

}  // namespace kpiconv::province
