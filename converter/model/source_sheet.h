// The 来源 sheet kpiconv writes into every workbook it makes and reads back: where the filing came
// from, its title, and the full titles of tables whose sheet names had to be shortened.
#pragma once

namespace kpiconv::source_sheet {

inline constexpr const char* kSheetName = "来源";
inline constexpr const char* kKeyHeading = "字段";
inline constexpr const char* kValueHeading = "值";
inline constexpr const char* kSourceFile = "来源文件";
inline constexpr const char* kSourceFormat = "来源格式";
inline constexpr const char* kTitle = "文件标题";
inline constexpr const char* kVersion = "kpiconv 版本";
inline constexpr const char* kWritten = "生成时间";
// "表格：<sheet name>" → the table's full title.
inline constexpr const char* kTablePrefix = "表格：";

}  // namespace kpiconv::source_sheet
