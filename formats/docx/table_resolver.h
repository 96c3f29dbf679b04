// Stage two of reading a DOCX table: resolves the faithful RawTable into the model's Table grid
// with real row and column spans.
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

Table resolve_table(RawTable&& raw, std::vector<Warning>& warnings);

}  // namespace kpiconv::docx
