#include "converter/values/money_amount_unit.h"

#include "converter/error.h"
#include "converter/values/money_units.h"

namespace kpiconv {
namespace {

// Every written budget figure is an amount, so that the project can be converted whole.
bool budget_is_convertible(const Project& project) {
  for (const BudgetFigure& figure : budget_figures(project)) {
    if (!figure.field->text.empty() && !parse_amount(figure.field->text)) return false;
  }
  return true;
}

// A figure budget_is_convertible passed, in `to`.
void convert_field(Field& field, std::string_view from, std::string_view to) {
  if (field.text.empty()) return;
  field.text = convert_amount(*parse_amount(field.text), from, to)->to_string();
}

// The parse of a money-valued indicator in `unit`; false when there was nothing to convert.
bool express_indicator_in(ParsedValue& parsed, std::string_view unit) {
  std::optional<Decimal> number = Decimal::parse(parsed.number);
  if (!is_money_unit(parsed.unit) || parsed.unit == unit || !number) return false;
  parsed.number = convert_amount(*number, parsed.unit, unit)->to_string();
  if (!parsed.upper.empty()) {
    if (std::optional<Decimal> upper = Decimal::parse(parsed.upper)) {
      parsed.upper = convert_amount(*upper, parsed.unit, unit)->to_string();
    }
  }
  parsed.unit = std::string(unit);
  return true;
}

}  // namespace

void check_amount_unit(std::string_view unit) {
  if (!is_money_unit(unit)) {
    throw Error(ErrorKind::kUsage, "",
                "unknown amount unit '" + std::string(unit) + "' (元 or 万元)");
  }
}

std::vector<BudgetFigure> budget_figures(const Project& project) {
  return {{&project.budget.total, "预算数", "budget total"},
          {&project.budget.fiscal, "财政资金", "fiscal funds"},
          {&project.budget.other, "其他资金", "other funds"}};
}

bool express_project_amounts_in(Project& project, std::string_view unit, Language language,
                                std::vector<Finding>& findings) {
  const bool english = language == Language::kEnglish;
  const std::string from = project.amount_unit.text;
  if (from != unit && is_money_unit(from) && !budget_is_convertible(project)) return false;
  // Money-valued indicators may be in another unit than their project's ("2.4万元" in a
  // project filed in 元): each is converted on its own.
  bool indicators_converted = false;
  for (Indicator& indicator : project.indicators) {
    indicators_converted = express_indicator_in(indicator.parsed, unit) || indicators_converted;
  }
  if (from == unit) {
    if (indicators_converted) {
      findings.push_back({"amounts-converted", Severity::kInfo,
                          english ? "money-valued indicators converted to " + std::string(unit)
                                  : "以金额表示的指标值已换算为" + std::string(unit),
                          project.code.text, project.amount_unit.where});
    }
    return true;
  }
  if (!is_money_unit(from)) {
    findings.push_back(
        {"amount-unit-unknown", Severity::kWarning,
         english ? "the project's amounts have no known unit (\"" + from + "\"); left as they are"
                 : "项目的金额单位“" + from + "”无法识别，金额未换算",
         project.code.text, project.amount_unit.where});
    return true;
  }
  convert_field(project.budget.total, from, unit);
  convert_field(project.budget.fiscal, from, unit);
  convert_field(project.budget.other, from, unit);
  project.amount_unit.text = std::string(unit);
  findings.push_back({"amounts-converted", Severity::kInfo,
                      english ? "amounts converted from " + from + " to " + std::string(unit)
                              : "金额已由" + from + "换算为" + std::string(unit),
                      project.code.text, project.amount_unit.where});
  return true;
}

}  // namespace kpiconv
