#include "formats/province/field_values.h"

#include <utility>

#include "converter/normalize/normalizer.h"
#include "converter/validate/category_names.h"
#include "converter/values/indicator_value.h"
#include "converter/values/money_units.h"

namespace kpiconv::province {
namespace {

const Field* project_text_field(FieldId field, const Project& project) {
  switch (field) {
    case FieldId::kUnitCode:
      return &project.unit_code;
    case FieldId::kUnitName:
      return &project.unit_name;
    case FieldId::kProjectTitle:
      return &project.title;
    case FieldId::kProjectCode:
      return &project.code;
    case FieldId::kProjectName:
      return &project.name;
    case FieldId::kPurpose:
      return &project.purpose;
    case FieldId::kPlanQuarter1:
      return &project.spending_plan[0];
    case FieldId::kPlanQuarter2:
      return &project.spending_plan[1];
    case FieldId::kPlanQuarter3:
      return &project.spending_plan[2];
    case FieldId::kPlanQuarter4:
      return &project.spending_plan[3];
    case FieldId::kGoals:
      return &project.goals;
    default:
      return nullptr;
  }
}

Field* project_text_field(FieldId field, Project& project) {
  return const_cast<Field*>(project_text_field(field, std::as_const(project)));
}

const Field* budget_field(FieldId field, const Project& project) {
  switch (field) {
    case FieldId::kBudgetTotal:
      return &project.budget.total;
    case FieldId::kBudgetFiscal:
      return &project.budget.fiscal;
    case FieldId::kBudgetOther:
      return &project.budget.other;
    default:
      return nullptr;
  }
}

const Field* indicator_text_field(FieldId field, const Indicator& indicator) {
  switch (field) {
    case FieldId::kLevel3:
      return &indicator.level3;
    case FieldId::kDescription:
      return &indicator.description;
    case FieldId::kValue:
      return &indicator.value;
    case FieldId::kBasis:
      return &indicator.basis;
    default:
      return nullptr;
  }
}

// An amount in `from` expressed in `to`, as a clean decimal; the text as it is otherwise.
FieldText amount_in(const std::string& text, std::string_view from, std::string_view to) {
  std::optional<Decimal> amount = parse_amount(text);
  if (!amount) return {text, false};
  if (from != to) {
    std::optional<Decimal> converted = convert_amount(*amount, from, to);
    if (!converted) return {text, false};  // no known unit: left as filed
    amount = converted;
  }
  return {amount->to_string(), true};
}

std::string formatted_category(const Mapping& mapping, const std::string& code,
                               const std::string& name) {
  std::string text = mapping.category_format;
  for (auto [placeholder, value] :
       {std::pair<std::string_view, const std::string&>{"{code}", code}, {"{name}", name}}) {
    for (size_t at; (at = text.find(placeholder)) != std::string::npos;) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

std::string category_text(const Mapping& mapping, const std::string& text) {
  if (mapping.category_format.empty() || text.empty()) return text;
  const std::string key = category_key(text);
  for (const auto& [name, code] : mapping.category_codes) {
    if (category_key(name) == key) return formatted_category(mapping, code, name);
  }
  return text;  // not in the province's list: written as filed
}

std::string nature_of(const ParsedValue& parsed, const Mapping& mapping) {
  switch (parsed.kind) {
    case ValueKind::kQuantitative:
      return parsed.comparator == "≤" || parsed.comparator == "<" ? mapping.falling_word
                                                                  : mapping.rising_word;
    case ValueKind::kRange:
      return mapping.rising_word;
    case ValueKind::kDeadline:
      return mapping.falling_word;
    case ValueKind::kQualitative:
      return mapping.qualitative_word;
    case ValueKind::kText:
      return "";
  }
  return "";
}

// The number and unit a value is split into; money in the mapping's amount unit.
std::pair<FieldText, std::string> number_and_unit(const Indicator& indicator,
                                                  const Mapping& mapping) {
  const ParsedValue& parsed = indicator.parsed;
  if (parsed.kind == ValueKind::kQuantitative) {
    if (is_money_unit(parsed.unit)) {
      FieldText number = amount_in(parsed.number, parsed.unit, mapping.amount_unit);
      return {number, number.number ? mapping.amount_unit : parsed.unit};
    }
    return {{parsed.number, true}, parsed.unit};
  }
  if (parsed.kind == ValueKind::kRange) return {{parsed.number + "-" + parsed.upper}, parsed.unit};
  return {{indicator.value.text}, ""};  // qualitative, deadline, text: the words themselves
}

}  // namespace

FieldText field_text(FieldId field, const Project& project, const Indicator* indicator,
                     const Mapping& mapping) {
  if (const Field* text = project_text_field(field, project)) return {text->text};
  if (field == FieldId::kAmountUnit) return {mapping.amount_unit};
  if (const Field* amount = budget_field(field, project)) {
    if (amount->text.empty()) return {};
    return amount_in(amount->text, project.amount_unit.text, mapping.amount_unit);
  }
  if (indicator == nullptr) return {};
  if (const Field* text = indicator_text_field(field, *indicator)) return {text->text};
  switch (field) {
    case FieldId::kLevel1:
      return {category_text(mapping, indicator->level1.text)};
    case FieldId::kLevel2:
      return {category_text(mapping, indicator->level2.text)};
    case FieldId::kComparator:
      return {indicator->parsed.kind == ValueKind::kQuantitative
                  ? mapping.comparator_word(indicator->parsed.comparator)
                  : ""};
    case FieldId::kNumber:
      return number_and_unit(*indicator, mapping).first;
    case FieldId::kUnit:
      return {number_and_unit(*indicator, mapping).second};
    case FieldId::kNature:
      return {nature_of(indicator->parsed, mapping)};
    default:
      return {};
  }
}

void FieldReader::set(FieldId field, std::string text, Provenance where) {
  values_[field] = Field{std::string(trim(text)), std::move(where)};
}

Field FieldReader::field(FieldId id) const {
  auto found = values_.find(id);
  return found != values_.end() ? found->second : Field();
}

std::string FieldReader::get(FieldId id) const {
  return field(id).text;
}

bool FieldReader::has_project_identity() const {
  return !get(FieldId::kProjectCode).empty() || !get(FieldId::kProjectName).empty();
}

bool FieldReader::has_indicator() const {
  for (const auto& [id, value] : values_) {
    if (is_indicator_field(id) && id != FieldId::kNature && !value.text.empty()) return true;
  }
  return false;
}

std::string FieldReader::category_name(std::string_view text) const {
  for (const auto& [name, code] : mapping_.category_codes) {
    if (formatted_category(mapping_, code, name) == text) return name;
  }
  return std::string(text);
}

void FieldReader::fill_project(Project& project) const {
  for (const auto& [id, value] : values_) {
    if (Field* target = project_text_field(id, project)) *target = value;
  }
  Field* budget[] = {&project.budget.total, &project.budget.fiscal, &project.budget.other};
  FieldId budget_fields[] = {FieldId::kBudgetTotal, FieldId::kBudgetFiscal, FieldId::kBudgetOther};
  bool any_amount = false;
  for (int i = 0; i < 3; ++i) {
    auto found = values_.find(budget_fields[i]);
    if (found == values_.end()) continue;
    *budget[i] = found->second;
    any_amount = any_amount || !found->second.text.empty();
  }
  std::string unit = get(FieldId::kAmountUnit);
  if (!unit.empty()) {
    project.amount_unit.text = unit;
  } else if (any_amount || mapping_.has_field(FieldId::kBudgetTotal)) {
    project.amount_unit.text = mapping_.amount_unit;
  }
}

Indicator FieldReader::indicator() const {
  Indicator indicator;
  indicator.level1 = field(FieldId::kLevel1);
  indicator.level1.text = category_name(indicator.level1.text);
  indicator.level2 = field(FieldId::kLevel2);
  indicator.level2.text = category_name(indicator.level2.text);
  indicator.level3 = field(FieldId::kLevel3);
  indicator.description = field(FieldId::kDescription);
  indicator.basis = field(FieldId::kBasis);
  indicator.value = field(FieldId::kValue);
  std::string value = indicator.value.text;
  if (value.empty()) {
    indicator.value.where = field(FieldId::kNumber).where;
    // Put back together from its parts: "大于等于" "95" "%" → "≥95%"; "=" goes without saying.
    std::string comparator = get(FieldId::kComparator);
    std::optional<std::string> symbol = mapping_.comparator_symbol(comparator);
    if (!symbol) symbol = comparator;
    value = (*symbol == "=" ? "" : *symbol) + get(FieldId::kNumber) + get(FieldId::kUnit);
  }
  indicator.value.text = std::string(trim(value));
  indicator.parsed = parse_indicator_value(indicator.value.text);
  return indicator;
}

}  // namespace kpiconv::province
