// Recognizes kpiconv's own sheets in the workbooks it writes: reads back 来源
// (converter/model/source_sheet.h) and knows 校验 (converter/model/findings_sheet.h).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "converter/model/document.h"

namespace kpiconv {

struct SourceSheet {
  std::optional<std::string> title;                 // 文件标题
  std::map<std::string, std::string> table_titles;  // sheet name → the table's full title
};

// The sheet's content when `table` is a 来源 sheet (a 字段 | 值 heading), nullopt otherwise.
std::optional<SourceSheet> read_source_sheet(const Table& table);

// A 校验 sheet kpiconv wrote (converter/model/findings_sheet.h), found by its headings.
bool is_findings_sheet(const Table& table);

// A sheet kpiconv writes for people and never reads back as part of the filing: 校验, or a report
// sheet (converter/model/report_sheet.h) such as merge's 冲突, found by its headings.
bool is_report_sheet(const Table& table);

}  // namespace kpiconv
