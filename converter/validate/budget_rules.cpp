// budget-sum, budget-negative, budget-not-a-number, cost-above-budget, cost-lower-bound.
#include "converter/normalize/normalizer.h"
#include "converter/validate/category_names.h"
#include "converter/validate/finding_reporter.h"
#include "converter/validate/validator.h"
#include "converter/values/money_amount_unit.h"
#include "converter/values/money_units.h"

namespace kpiconv {
namespace {

std::string name_of(const BudgetFigure& amount, Language language) {
  return language == Language::kEnglish ? amount.english : amount.chinese;
}

void report_not_a_number(const Project& project, const BudgetFigure& amount,
                         FindingReporter& reporter, std::string consequence) {
  reporter.report("budget-not-a-number", project, amount.field->where, 0,
                  {{"field", name_of(amount, reporter.language())},
                   {"text", amount.field->text},
                   {"consequence", std::move(consequence)}});
}

}  // namespace

std::vector<Finding> unconverted_amount_findings(const Project& project, std::string_view unit,
                                                 Language language) {
  std::vector<Finding> findings;
  FindingReporter reporter(language, findings);
  const std::string& left_in = project.amount_unit.text;
  const std::string consequence =
      language == Language::kEnglish
          ? ", so the project's amounts stay in " + left_in + ", not converted to " +
                std::string(unit)
          : "，项目的金额仍以" + left_in + "计，未换算为" + std::string(unit);
  for (const BudgetFigure& amount : budget_figures(project)) {
    if (!amount.field->text.empty() && !parse_amount(amount.field->text)) {
      report_not_a_number(project, amount, reporter, consequence);
    }
  }
  // The figures are no longer only unreadable: they stand in another unit than the rest of the
  // output's, so a column of them cannot be summed.
  for (Finding& finding : findings) finding.severity = Severity::kError;
  return findings;
}

void check_budget(const Project& project, FindingReporter& reporter) {
  const std::vector<BudgetFigure> amounts = budget_figures(project);
  std::optional<Decimal> values[3];
  bool readable = true;
  for (size_t i = 0; i < 3; ++i) {
    const Field& field = *amounts[i].field;
    if (field.text.empty()) continue;
    values[i] = parse_amount(field.text);
    if (!values[i]) {
      readable = false;
      report_not_a_number(project, amounts[i], reporter, "");
    } else if (values[i]->is_negative()) {
      reporter.report("budget-negative", project, field.where, 0,
                      {{"field", name_of(amounts[i], reporter.language())},
                       {"amount", values[i]->to_string()}});
    }
  }
  if (readable && values[0] && values[1]) {
    Decimal sum = *values[1] + values[2].value_or(Decimal());
    if (sum != *values[0]) {
      reporter.report(
          "budget-sum", project, project.budget.total.where, 0,
          {{"total", project.budget.total.text},
           {"fiscal", project.budget.fiscal.text},
           {"other", project.budget.other.text.empty() ? "0" : project.budget.other.text},
           {"sum", sum.to_string()}});
    }
  }

  // Cost targets are ceilings, and a ceiling above the whole budget is no ceiling.
  for (size_t i = 0; i < project.indicators.size(); ++i) {
    const Indicator& indicator = project.indicators[i];
    if (!is_cost_indicator(indicator)) continue;
    const ParsedValue& parsed = indicator.parsed;
    const int position = static_cast<int>(i) + 1;
    if (parsed.comparator == "≥" || parsed.comparator == ">") {
      reporter.report("cost-lower-bound", project, indicator.value.where, position,
                      {{"indicator", indicator_name(indicator)}, {"value", indicator.value.text}});
      continue;
    }
    if (parsed.comparator != "≤" && parsed.comparator != "<" && parsed.comparator != "=") continue;
    std::optional<Decimal> limit = Decimal::parse(parsed.number);
    if (!limit || !values[0] || !readable) continue;
    std::optional<Decimal> in_budget_unit =
        convert_amount(*limit, parsed.unit, project.amount_unit.text);
    if (in_budget_unit && *in_budget_unit > *values[0]) {
      reporter.report("cost-above-budget", project, indicator.value.where, position,
                      {{"indicator", indicator_name(indicator)},
                       {"limit", parsed.number},
                       {"unit", parsed.unit},
                       {"total", project.budget.total.text},
                       {"amount_unit", project.amount_unit.text}});
    }
  }
}

}  // namespace kpiconv
