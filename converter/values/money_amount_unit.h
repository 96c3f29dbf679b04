// `--amount-unit 元|万元`: every amount of a filing expressed in one unit, exactly. Budget figures
// take the converted text and the project's amount unit becomes the new one; a money-valued
// indicator keeps its source text and its parse is converted. A note says what was done.
#pragma once

#include <string_view>
#include <vector>

#include "converter/model/filing.h"
#include "converter/model/language.h"

namespace kpiconv {

// Throws Error(kUsage) when `unit` is not a money unit.
void check_amount_unit(std::string_view unit);
// One project's amounts in `unit` (which passed check_amount_unit), its notes added to `findings`.
void express_project_amounts_in(Project& project, std::string_view unit, Language language,
                                std::vector<Finding>& findings);

}  // namespace kpiconv
