// A worksheet as its XML says it, before it becomes a grid: every <c> element with its position and
// the text it shows, and every merged range. sheet_table.cpp lays it out as a Table.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "formats/xlsx/cell_reference.h"

namespace kpiconv::xlsx {

inline constexpr std::uint32_t kNoSharedString = std::numeric_limits<std::uint32_t>::max();

struct RawCell {
  int row = 0;  // 0-based
  int col = 0;
  // A shared string's index, so a string named by many cells is copied once per cell only when
  // the Table is built (a shared-string amplification file is refused before that); else
  // kNoSharedString and the text is in `text`.
  std::uint32_t shared_string = kNoSharedString;
  std::string text;
};

struct RawSheet {
  std::vector<RawCell> cells;     // in XML order
  bool in_order = true;           // positions strictly increase in XML order (the usual case)
  std::vector<CellRange> merges;  // in XML order, within the sheet, not yet checked for overlaps
  std::vector<std::string> warnings;
};

}  // namespace kpiconv::xlsx
