// rate-above-100, rate-unit, rate-direction, empty-value, empty-description, empty-basis,
// qualitative-quantity.
#include "converter/normalize/normalizer.h"
#include "converter/validate/category_names.h"
#include "converter/validate/finding_reporter.h"
#include "converter/values/money_decimal.h"

namespace kpiconv {
namespace {

// A rate names itself: …率, or 满意度.
bool is_rate(const Indicator& indicator) {
  const std::string key = label_key(indicator_name(indicator));
  std::string_view name = key;
  for (std::string_view trim_suffix : {"(%)", "%"}) {
    if (name.ends_with(trim_suffix)) name.remove_suffix(trim_suffix.size());
  }
  return name.ends_with("率") || name.find("满意度") != std::string_view::npos;
}

// Rates that should be high: a ceiling on them is written the wrong way round.
bool is_rising_rate(const Indicator& indicator) {
  std::string name = label_key(indicator_name(indicator));
  for (const char* word : {"及时率", "满意度", "完成率"}) {
    if (name.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void check_values(const Project& project, FindingReporter& reporter) {
  for (size_t i = 0; i < project.indicators.size(); ++i) {
    const Indicator& indicator = project.indicators[i];
    const int position = static_cast<int>(i) + 1;
    const MessageArguments names = {{"indicator", indicator_name(indicator)},
                                    {"value", indicator.value.text},
                                    {"level2", indicator.level2.text}};
    if (indicator.value.text.empty()) {
      reporter.report("empty-value", project, indicator.value.where, position, names);
    }
    if (indicator.description.text.empty()) {
      reporter.report("empty-description", project, indicator.description.where, position, names);
    }
    if (indicator.basis.text.empty()) {
      reporter.report("empty-basis", project, indicator.basis.where, position, names);
    }
    const ParsedValue& parsed = indicator.parsed;
    if (parsed.kind == ValueKind::kQualitative && !indicator.value.text.empty()) {
      std::string level2 = category_key(indicator.level2.text);
      if (level2 == "数量" || level2 == "成本") {
        reporter.report("qualitative-quantity", project, indicator.value.where, position, names);
      }
    }
    if (!is_rate(indicator) || parsed.kind != ValueKind::kQuantitative) continue;
    if (parsed.unit != "%") {
      reporter.report("rate-unit", project, indicator.value.where, position, names);
      continue;
    }
    std::optional<Decimal> number = Decimal::parse(parsed.number);
    if (number && *number > Decimal::from_integer(100)) {
      reporter.report("rate-above-100", project, indicator.value.where, position, names);
    }
    if (is_rising_rate(indicator) && (parsed.comparator == "≤" || parsed.comparator == "<")) {
      reporter.report("rate-direction", project, indicator.value.where, position, names);
    }
  }
}

}  // namespace kpiconv
