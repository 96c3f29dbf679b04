// The typed rows of kpiconv's flat sheets (项目: a row per project, 指标: a row per indicator),
// shared by the normalized layout and the combined workbook, which puts a 来源文件 column first.
#pragma once

#include <vector>

#include "converter/model/filing.h"
#include "converter/model/flat_columns.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

// Bold, bordered headings in row 0 from `first_col` on.
void write_flat_headings(SheetWriter& sheet, const std::vector<FlatColumn>& columns,
                         int first_col = 0);
// A 项目 row; `project_number` is the project's 1-based place in its filing (项目序号).
void write_project_row(SheetWriter& sheet, int row, int first_col, const Project& project,
                       int project_number);
// A 指标 row of `project`.
void write_indicator_row(SheetWriter& sheet, int row, int first_col, const Project& project,
                         const Indicator& indicator, int project_number);
// Frozen headings, an autofilter, one page wide, columns fitted to their text.
void finish_flat_sheet(SheetWriter& sheet, int last_row, int columns);

}  // namespace kpiconv::xlsx
