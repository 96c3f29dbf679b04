// Inserting or deleting one worksheet row moves every reference below it: cell and range
// references ("C7", "A10:A13", "$A$1:$G$15"), reference lists (sqref "A1 B2:C3") and the
// references formulas and defined names make to the sheet ("'1 项目'!$A$1:$G$15"). Rows are
// 0-based here, as in cell_reference.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "formats/xlsx/cell_reference.h"

namespace kpiconv::xlsx::apply {

// `count` rows inserted before `row` (rows from `row` on move down by `count`), or the rows
// `row`..`row + count - 1` deleted (rows below move up). Many rows inserted at one place are one
// shift, so that a sheet is rewritten once however many rows it gains.
struct RowShift {
  enum class Kind { kInsert, kDelete };
  Kind kind = Kind::kInsert;
  int row = 0;
  int count = 1;

  static RowShift insert(int row, int count = 1) { return {Kind::kInsert, row, count}; }
  static RowShift erase(int row, int count = 1) { return {Kind::kDelete, row, count}; }
};

// Where row `row` is after the shift; nullopt when it was a deleted row.
std::optional<int> shifted_row(int row, const RowShift& shift);

// A range after the shift: rows inserted strictly inside it stretch it, deleted rows inside it
// shrink it; nullopt when every row of the range was deleted.
std::optional<CellRange> shifted_range(const CellRange& range, const RowShift& shift);

// "A1:B2" or "C7" after the shift ("" when deleted), kept as written when it is not a reference.
std::string shifted_reference(std::string_view reference, const RowShift& shift);
// A space-separated list of references (sqref); deleted ones are left out.
std::string shifted_reference_list(std::string_view list, const RowShift& shift);

// A formula (or a defined name's text) after a shift of sheet `target_sheet`: each reference to
// that sheet moves, a reference to a deleted cell becomes #REF!. Unqualified references belong to
// `home_sheet` (the sheet holding the formula; empty for a defined name). String literals and
// function names are left alone.
std::string shifted_formula(std::string_view formula, std::string_view home_sheet,
                            std::string_view target_sheet, const RowShift& shift);

}  // namespace kpiconv::xlsx::apply
