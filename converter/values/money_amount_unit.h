// `--amount-unit 元|万元`: every amount of a filing expressed in one unit, exactly. Budget figures
// take the converted text and the project's amount unit becomes the new one; a money-valued
// indicator keeps its source text and its parse is converted. A note says what was done.
//
// A project is converted whole or not at all: when one of its budget figures is written but is no
// amount parse_amount reads ("另行安排", "1e400"), nothing of it changes — not its figures, not its
// unit, not its money-valued indicators — so that no figure ever stands under a unit it is not in.
#pragma once

#include <string_view>
#include <vector>

#include "converter/model/filing.h"
#include "converter/model/language.h"

namespace kpiconv {

// Throws Error(kUsage) when `unit` is not a money unit.
void check_amount_unit(std::string_view unit);

// The budget figures (预算数, 财政资金, 其他资金) of a project, with their names.
struct BudgetFigure {
  const Field* field;
  const char* chinese;
  const char* english;
};
std::vector<BudgetFigure> budget_figures(const Project& project);

// One project's amounts in `unit` (which passed check_amount_unit), its notes added to `findings`.
// False, with the project and `findings` untouched, when the project's amounts would have to be
// converted but one of its budget figures is no amount (the caller says which: the validator's
// budget-not-a-number).
[[nodiscard]] bool express_project_amounts_in(Project& project, std::string_view unit,
                                              Language language, std::vector<Finding>& findings);

}  // namespace kpiconv
