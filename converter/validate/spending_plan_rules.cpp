// plan-not-a-percentage, plan-out-of-range, plan-decreasing, plan-not-complete.
#include "converter/normalize/normalizer.h"
#include "converter/validate/finding_reporter.h"
#include "converter/values/money_decimal.h"

namespace kpiconv {
namespace {

constexpr const char* kQuarters[] = {"3月底", "6月底", "10月底", "12月底"};

// "30%", "30", "25.5％" → 30, 30, 25.5 (percent points).
std::optional<Decimal> percent_points(std::string_view text) {
  std::string normalized = normalize_text(text);
  if (normalized.ends_with("%")) normalized.pop_back();
  while (!normalized.empty() && normalized.back() == ' ') normalized.pop_back();
  return Decimal::parse(normalized);
}

}  // namespace

void check_spending_plan(const Project& project, FindingReporter& reporter) {
  const Decimal hundred = Decimal::from_integer(100);
  std::optional<Decimal> previous;
  size_t previous_quarter = 0;
  bool any = false;
  for (size_t q = 0; q < 4; ++q) {
    const Field& field = project.spending_plan[q];
    if (field.text.empty()) continue;
    any = true;
    std::optional<Decimal> points = percent_points(field.text);
    if (!points) {
      reporter.report("plan-not-a-percentage", project, field.where, 0,
                      {{"quarter", kQuarters[q]}, {"text", field.text}});
      continue;
    }
    if (points->is_negative() || *points > hundred) {
      reporter.report("plan-out-of-range", project, field.where, 0,
                      {{"quarter", kQuarters[q]}, {"percent", points->to_string()}});
    }
    if (previous && *points < *previous) {
      reporter.report("plan-decreasing", project, field.where, 0,
                      {{"quarter", kQuarters[q]},
                       {"percent", points->to_string()},
                       {"previous_quarter", kQuarters[previous_quarter]},
                       {"previous_percent", previous->to_string()}});
    }
    previous = points;
    previous_quarter = q;
  }
  // By the end of the year the whole budget is spent.
  const Field& last = project.spending_plan[3];
  std::optional<Decimal> final_points = percent_points(last.text);
  if (any && (!final_points || *final_points != hundred)) {
    const bool english = reporter.language() == Language::kEnglish;
    std::string shown = last.text.empty() ? (english ? "(blank)" : "空白")
                        : english         ? "\"" + last.text + "\""
                                          : "“" + last.text + "”";
    reporter.report("plan-not-complete", project, last.where, 0, {{"text", shown}});
  }
}

}  // namespace kpiconv
