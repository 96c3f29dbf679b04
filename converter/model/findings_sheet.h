// The 校验 sheet: a workbook's findings (validator and reader), one row each. Written for people;
// skipped when the workbook is read back, as findings are made anew by every reading.
#pragma once

namespace kpiconv::findings_sheet {

inline constexpr const char* kSheetName = "校验";
inline constexpr const char* kHeadings[] = {"级别", "规则", "项目编码", "指标", "位置", "说明"};
inline constexpr int kColumns = 6;

}  // namespace kpiconv::findings_sheet
