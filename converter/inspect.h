// `kpiconv inspect`: a person's summary of a filing.
#pragma once

#include <ostream>

#include "converter/model/filing.h"

namespace kpiconv {

void write_inspect_summary(const Filing& filing, std::ostream& out);

}  // namespace kpiconv
