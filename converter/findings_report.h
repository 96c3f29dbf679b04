// Findings as people read them (`validate`, `inspect`): one line each with severity, rule, project,
// indicator, message and place, in Chinese or English.
#pragma once

#include <ostream>
#include <vector>

#include "converter/model/filing.h"
#include "converter/model/language.h"

namespace kpiconv {

void write_finding_line(const Finding& finding, Language language, std::ostream& out);
// "2 个错误，5 个警告" / "2 errors, 5 warnings".
std::string findings_summary(const std::vector<Finding>& findings, Language language);

}  // namespace kpiconv
