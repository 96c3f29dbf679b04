// The hidden sheet in which kpiconv records the source text of cells it wrote as numbers whose
// display differs from that text (a spending plan "30" written as a 30% cell). The XLSX reader
// gives such a cell its source text back while the cell still shows what kpiconv wrote; an edit
// wins.
#pragma once

namespace kpiconv::xlsx {

inline constexpr const char* kSourceTextSheet = "kpiconv_原文";
// Columns: the cell ("项目!K2"), what it displayed when written ("30%"), the source text ("30").
inline constexpr const char* kSourceTextHeader[3] = {"单元格", "显示", "原文"};

}  // namespace kpiconv::xlsx
