// The sizes a worksheet may have, Excel's own and ours. Beyond Excel's limits a file is malformed
// or hostile; ours keep the neutral grid (a Table's owner vector, rows x columns) and the cells of
// one sheet within memory.
#pragma once

#include <cstddef>

namespace kpiconv::xlsx {

// Excel 2007+: rows 1..1,048,576, columns A..XFD.
inline constexpr int kMaxRows = 1 << 20;
inline constexpr int kMaxColumns = 1 << 14;

// Grid positions (rows x columns) of one sheet's Table: 2^25 positions is a 128 MB owner vector.
// Enough for a 300,000-row sheet of 100 columns, or a million rows of 32 columns. A sheet whose
// styled blank cells alone push it past this (Gnumeric writes them out to XFD1048576) loses the
// blank cells beyond its content, with a warning; a sheet whose content needs more is refused.
inline constexpr std::size_t kMaxGridPositions = std::size_t{1} << 25;

// The <c> elements of a sheet are capped by ReadOptions::max_table_cells (converter/registry/
// cell_caps.h), counted as they are read.

}  // namespace kpiconv::xlsx
