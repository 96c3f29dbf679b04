// Stage one of reading a DOCX table: a faithful picture of the XML, row by row, before any merge
// is resolved (like pandoc's Docx/Parse.hs). Cells keep their w:gridSpan and merge states; rows
// keep w:gridBefore/w:gridAfter. Deleted rows and cells (tracked changes) are already left out, but
// counted: a row or cell keeps the ordinal of its element, which is how its place is spelled.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "converter/model/document.h"
#include "converter/model/provenance.h"

namespace kpiconv::docx {

enum class Merge : std::uint8_t {
  kNone,
  kRestart,   // w:vMerge w:val="restart": the first cell of a merged region
  kContinue,  // w:vMerge with w:val="continue" or no w:val: joins the cell above
};

struct RawCell {
  int grid_span = 1;                    // w:gridSpan
  Merge vertical = Merge::kNone;        // w:vMerge
  Merge horizontal = Merge::kNone;      // w:hMerge (legacy horizontal merge)
  std::uint32_t source_index = 0;       // the ordinal of its w:tc in the row: "tc[N]"
  std::vector<std::string> paragraphs;  // text of each paragraph, untrimmed
  std::vector<Table> nested;            // nested tables, already resolved
};

struct RawRow {
  int grid_before = 0;             // w:gridBefore: grid columns skipped before the first cell
  int grid_after = 0;              // w:gridAfter: grid columns left empty after the last cell
  std::uint32_t source_index = 0;  // the ordinal of its w:tr in the table: "tr[N]"
  std::vector<RawCell> cells;

  // Grid columns this row occupies, holes included.
  int width() const {
    int total = grid_before + grid_after;
    for (const RawCell& cell : cells) total += cell.grid_span;
    return total;
  }
};

struct RawTable {
  int grid_columns = 0;  // w:gridCol count in w:tblGrid
  std::vector<RawRow> rows;
  Provenance where;  // "tbl[N]"
};

}  // namespace kpiconv::docx
