// A FilingDiff as people read it (`kpiconv diff`, grouped by project, Chinese or English labels)
// and as programs read it (JSON, schema kpiconv/diff@1). The JSON field names are a public
// interface: later versions add fields, never rename these.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "converter/diff/filing_diff.h"
#include "converter/model/filing.h"
#include "converter/model/language.h"
#include "converter/text/text.h"  // cell_name

namespace kpiconv {

inline constexpr const char* kDiffSchema = "kpiconv/diff@1";

// The label of a canonical field name ("budget.total" → 预算数 / budget), of a project's or an
// indicator's field; "extra.备注" → 备注.
std::string field_label(const std::string& field, Language language);

// The label of an edit as `apply` names it (AppliedEdit::what: "budget.total", "indicator 3 value",
// "indicator 3 added", "project removed", "table 2 cell B4", …) in the language: 指标 3 指标值,
// 新增指标 3, 删除项目, 表格 2 单元格 B4. English keeps the name as it is.
std::string edit_label(const std::string& what, Language language);

// Writes nothing when the diff is empty. `before` and `after` are the filings diffed.
void write_diff_text(const FilingDiff& diff, const Filing& before, const Filing& after,
                     Language language, std::ostream& out);

nlohmann::ordered_json diff_to_json(const FilingDiff& diff, const Filing& before,
                                    const Filing& after);

// "C7" for row 6, column 2 (0-based), as a spreadsheet names the cell.

}  // namespace kpiconv
