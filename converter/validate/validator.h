// `kpiconv validate`: the mistakes a reviewer at the finance bureau would point out before a
// filing goes to the province. Each rule is data (rules.json) with a check in one of the
// *_rules.cpp files, and is described with an example in RULES.md.
#pragma once

#include <vector>

#include "converter/model/filing.h"
#include "converter/validate/rule_catalog.h"

namespace kpiconv {

// The findings of every rule for one filing, in project order.
std::vector<Finding> validate_filing(const Filing& filing, Language language = Language::kChinese);

// Findings across a batch: project codes used by more than one filing. Each finding belongs to
// the filing at the same position of the result.
std::vector<std::vector<Finding>> validate_batch(const std::vector<const Filing*>& filings,
                                                 Language language = Language::kChinese);

size_t count_errors(const std::vector<Finding>& findings);

}  // namespace kpiconv
