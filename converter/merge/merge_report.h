// Merge conflicts as people read them: one line each (`kpiconv merge` on standard error) and the
// rows of the 冲突 sheet (converter/model/report_sheet.h), in Chinese or English.
#pragma once

#include <string>
#include <vector>

#include "converter/merge/filing_merge.h"
#include "converter/model/language.h"
#include "converter/model/report_sheet.h"

namespace kpiconv {

// "冲突：项目 P1 指标 3（产出指标 / 数量指标 / 次数）指标值：原值 “≥5”，我方 “≥6”，对方
// “≥7”，保留我方"
std::string conflict_line(const MergeConflict& conflict, Language language);

// The 冲突 sheet: headings conflicts_sheet::kHeadings, a row per conflict.
ReportSheet conflicts_report_sheet(const std::vector<MergeConflict>& conflicts, Language language);

}  // namespace kpiconv
