#include "converter/merge/merge_report.h"

#include <array>
#include <iterator>

#include "converter/diff/diff_report.h"

namespace kpiconv {
namespace {

std::string what_of(const MergeConflict& conflict, bool english) {
  if (conflict.kind != ConflictKind::kBothChanged) {
    if (conflict.indicator > 0) return english ? "whole indicator" : "整个指标";
    if (!conflict.table.empty()) return english ? "whole table" : "整个表格";
    return english ? "whole project" : "整个项目";
  }
  if (!conflict.table.empty()) {
    if (conflict.field == "grid") return english ? "rows, columns or merged cells" : "表格结构";
    return conflict.field;  // the cell, "C4"
  }
  if (conflict.project.empty() && conflict.field == "title") {
    return english ? "filing title" : "文件标题";
  }
  return field_label(conflict.field, english ? Language::kEnglish : Language::kChinese);
}

std::string subject_of(const MergeConflict& conflict, bool english) {
  if (!conflict.table.empty()) return (english ? "table “" : "表格“") + conflict.table + "”";
  return conflict.project;
}

std::string indicator_of(const MergeConflict& conflict) {
  if (conflict.indicator <= 0) return "";
  return std::to_string(conflict.indicator) + " " + conflict.indicator_path;
}

// The three sides' values as the sheet shows them: texts, or what each side did to the item.
std::array<std::string, 3> values_of(const MergeConflict& conflict, bool english) {
  const std::string changed = english ? "changed" : "已修改";
  const std::string removed = english ? "removed" : "已删除";
  switch (conflict.kind) {
    case ConflictKind::kChangedAndRemoved:
      return {"", changed, removed};
    case ConflictKind::kRemovedAndChanged:
      return {"", removed, changed};
    case ConflictKind::kBothChanged:
      break;
  }
  return {conflict.base, conflict.ours, conflict.theirs};
}

}  // namespace

std::string conflict_line(const MergeConflict& conflict, Language language) {
  const bool english = language == Language::kEnglish;
  std::string line = english ? "conflict: " : "冲突：";
  if (!conflict.table.empty()) {
    line += subject_of(conflict, english) + " ";
  } else if (!conflict.project.empty()) {
    line += (english ? "project " : "项目 ") + conflict.project + " ";
  }
  if (conflict.indicator > 0) {
    line += (english ? "indicator " : "指标 ") + std::to_string(conflict.indicator) +
            (english ? " (" : "（") + conflict.indicator_path + (english ? ") " : "）");
  }
  line += what_of(conflict, english);
  switch (conflict.kind) {
    case ConflictKind::kChangedAndRemoved:
      line += english ? ": changed by ours, removed by theirs; kept" : "：我方修改，对方删除，保留";
      break;
    case ConflictKind::kRemovedAndChanged:
      line += english ? ": removed by ours, changed by theirs; left removed"
                      : "：我方删除，对方修改，保持删除";
      break;
    case ConflictKind::kBothChanged:
      line += english ? ": base “" + conflict.base + "”, ours “" + conflict.ours + "”, theirs “" +
                            conflict.theirs + "”; kept ours"
                      : "：原值“" + conflict.base + "”，我方“" + conflict.ours + "”，对方“" +
                            conflict.theirs + "”，保留我方";
      break;
  }
  if (!conflict.where.empty()) {
    line += english ? " (" + conflict.where.to_string() + ")"
                    : "（" + conflict.where.to_string() + "）";
  }
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return line;
}

ReportSheet conflicts_report_sheet(const std::vector<MergeConflict>& conflicts, Language language) {
  const bool english = language == Language::kEnglish;
  ReportSheet sheet;
  sheet.name = conflicts_sheet::kSheetName;
  sheet.headings.assign(std::begin(conflicts_sheet::kHeadings),
                        std::end(conflicts_sheet::kHeadings));
  for (const MergeConflict& conflict : conflicts) {
    std::array<std::string, 3> values = values_of(conflict, english);
    sheet.rows.push_back({subject_of(conflict, english), indicator_of(conflict),
                          what_of(conflict, english), values[0], values[1], values[2],
                          conflict.where.to_string()});
  }
  return sheet;
}

}  // namespace kpiconv
