// Sheets for people that a workbook carries beside the filing, such as merge's 冲突: they describe
// an operation, not the filing, so they are written after 校验 and skipped when the workbook is
// read back (converter/recognize/source_sheet_reader.h knows them by their headings).
#pragma once

#include <string>
#include <vector>

namespace kpiconv {

struct ReportSheet {
  std::string name;
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> rows;  // as many cells as headings, text
};

// The 冲突 sheet of `kpiconv merge`: one row per conflict.
namespace conflicts_sheet {

inline constexpr const char* kSheetName = "冲突";
inline constexpr const char* kHeadings[] = {"项目", "指标", "字段", "原值", "我方", "对方", "位置"};
inline constexpr int kColumns = 7;

}  // namespace conflicts_sheet
}  // namespace kpiconv
