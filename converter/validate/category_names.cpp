#include "converter/validate/category_names.h"

#include "converter/normalize/normalizer.h"

namespace kpiconv {

std::string category_key(std::string_view text) {
  std::string key = label_key(text);
  const std::string suffix = "指标";
  if (key.size() > suffix.size() && key.ends_with(suffix)) key.resize(key.size() - suffix.size());
  return key;
}

std::string indicator_name(const Indicator& indicator) {
  return !indicator.level3.text.empty() ? indicator.level3.text : indicator.description.text;
}

bool is_cost_indicator(const Indicator& indicator) {
  return category_key(indicator.level1.text) == "成本" ||
         category_key(indicator.level2.text).ends_with("成本");
}

}  // namespace kpiconv
