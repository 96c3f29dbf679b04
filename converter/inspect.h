// `kpiconv inspect`: a person's summary of a filing.
#pragma once

#include <ostream>

#include "converter/model/filing.h"
#include "converter/model/language.h"

namespace kpiconv {

// The filing's findings are listed as they are: validate first to include the validator's.
void write_inspect_summary(const Filing& filing, Language language, std::ostream& out);

}  // namespace kpiconv
