// Makes the rows of one project's indicator table read as wanted, through the recognizer's eyes:
// a cell continued by w:vMerge reads as the first cell of its merge, a blank 一级/二级 cell
// continues the indicator above (converter/recognize/project_table.cpp). A cell that already
// reads right is left alone, so only what an edit touches changes:
// - a row whose 一级/二级 equals the row above within the same merge is made a continuation of
//   that merge (an added row extends it);
// - any other cell that reads wrong gets its text written in its own formatting, leaving a merge
//   it continued; the rows below that continued the same merge read again and are repaired in
//   turn (a removed or changed first row moves its text and the restart down).
// w:vMerge restarts are then set where a continuation follows a cell without one.
#pragma once

#include <libxml/tree.h>

#include <array>
#include <string>
#include <vector>

namespace kpiconv::docx_apply {

// In the order of indicator_fields(): 一级, 二级, 三级, 绩效指标描述, 指标值, 指标值确定依据.
constexpr size_t kIndicatorColumns = 6;

struct IndicatorRow {
  xmlNode* tr = nullptr;
  std::array<std::string, kIndicatorColumns> want;     // the texts the row must read as
  bool added = false;                                  // a row made by cloning a sibling
  std::array<std::string, kIndicatorColumns> problem;  // set when a column cannot read right
};

// `rows` in reading order (one project's indicators; its rows may lie in several tables);
// `columns` the grid column of each field in the tables, -1 when the table has none.
void settle_indicator_rows(std::vector<IndicatorRow>& rows,
                           const std::array<int, kIndicatorColumns>& columns, size_t& replaced);

}  // namespace kpiconv::docx_apply
