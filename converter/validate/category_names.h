// Indicator categories as the rules compare them: through the normalizer, 指标 suffix optional.
#pragma once

#include <string>
#include <string_view>

#include "converter/model/filing.h"

namespace kpiconv {

// "产出指标", "产出 指标", "产出" → "产出".
std::string category_key(std::string_view text);
// How a finding names an indicator: its 三级指标, else its description.
std::string indicator_name(const Indicator& indicator);
// A 成本指标 indicator, whether 成本 is its first or its second level.
bool is_cost_indicator(const Indicator& indicator);

}  // namespace kpiconv
