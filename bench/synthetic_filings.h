// Synthetic filings shaped like the seeds, for the benchmarks: the seeds' own projects (their
// indicator tables, budgets, spending plans and other tables), repeated with fresh project codes
// until a filing has as many projects as asked.
#pragma once

#include <string>

#include "converter/model/filing.h"

namespace kpiconv::bench {

// A filing of `projects` projects drawn in turn from the five seed fixtures under `source_dir`,
// each with a code of its own; `variant` varies the codes between filings.
Filing synthetic_filing(const std::string& source_dir, int projects, int variant = 0);

}  // namespace kpiconv::bench
