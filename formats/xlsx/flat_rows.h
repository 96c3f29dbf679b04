// The typed rows of kpiconv's flat sheets (项目: a row per project, 指标: a row per indicator),
// shared by the normalized layout and the combined workbook, which puts a 来源文件 column first.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "converter/model/filing.h"
#include "converter/model/flat_columns.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

// A 项目 row; `project_number` is the project's 1-based place in its filing (项目序号).
void write_project_row(SheetWriter& sheet, int row, int first_col, const Project& project,
                       int project_number);
// A 指标 row of `project`.
void write_indicator_row(SheetWriter& sheet, int row, int first_col, const Project& project,
                         const Indicator& indicator, int project_number);
// Frozen headings, an autofilter, one page wide, columns fitted to their text.
void finish_flat_sheet(SheetWriter& sheet, int last_row, int columns);

// A flat sheet written top to bottom (so in constant memory too), continued on "NAME (2)" … past
// the rows a sheet may hold.
class RowSheet {
 public:
  RowSheet(WorkbookWriter& workbook, std::string name, int rows_per_sheet,
           std::vector<std::string> headings);
  // The sheet and row the next record goes to.
  std::pair<SheetWriter*, int> next_row();
  // Fits the last sheet's columns and sets its filter; earlier sheets were finished when full.
  void finish();

 private:
  void open_next();

  WorkbookWriter& workbook_;
  std::string name_;
  int rows_per_sheet_;
  std::vector<std::string> headings_;
  SheetWriter* sheet_ = nullptr;
  int sheets_ = 0;
  int row_ = 0;
};

// The headings of `columns`, after a 来源文件 heading when `source_column`.
std::vector<std::string> flat_headings(const std::vector<FlatColumn>& columns,
                                       bool source_column = false);

}  // namespace kpiconv::xlsx
