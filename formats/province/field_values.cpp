#include "formats/province/field_values.h"

#include <optional>
#include <utility>

#include "converter/model/flat_columns.h"
#include "converter/normalize/normalizer.h"
#include "converter/values/indicator_value.h"
#include "converter/values/money_units.h"

namespace kpiconv::province {
namespace {

// The column of kpiconv's own flat layouts that holds the same field, so that the model's accessors
// find it in a project or indicator; nullopt for the fields a template words its own way.
std::optional<FlatColumn> flat_column(FieldId field) {
  switch (field) {
    case FieldId::kUnitCode:
      return FlatColumn::kUnitCode;
    case FieldId::kUnitName:
      return FlatColumn::kUnitName;
    case FieldId::kProjectTitle:
      return FlatColumn::kProjectTitle;
    case FieldId::kProjectCode:
      return FlatColumn::kProjectCode;
    case FieldId::kProjectName:
      return FlatColumn::kProjectName;
    case FieldId::kBudgetTotal:
      return FlatColumn::kBudgetTotal;
    case FieldId::kBudgetFiscal:
      return FlatColumn::kBudgetFiscal;
    case FieldId::kBudgetOther:
      return FlatColumn::kBudgetOther;
    case FieldId::kPurpose:
      return FlatColumn::kPurpose;
    case FieldId::kPlanQuarter1:
      return FlatColumn::kPlanQuarter1;
    case FieldId::kPlanQuarter2:
      return FlatColumn::kPlanQuarter2;
    case FieldId::kPlanQuarter3:
      return FlatColumn::kPlanQuarter3;
    case FieldId::kPlanQuarter4:
      return FlatColumn::kPlanQuarter4;
    case FieldId::kGoals:
      return FlatColumn::kGoals;
    case FieldId::kLevel1:
      return FlatColumn::kLevel1;
    case FieldId::kLevel2:
      return FlatColumn::kLevel2;
    case FieldId::kLevel3:
      return FlatColumn::kLevel3;
    case FieldId::kDescription:
      return FlatColumn::kDescription;
    case FieldId::kValue:
      return FlatColumn::kValue;
    case FieldId::kBasis:
      return FlatColumn::kBasis;
    default:
      return std::nullopt;  // the amount unit (the mapping's), the value's parts, its nature
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
  if (field == FieldId::kAmountUnit) return {mapping.amount_unit};
  if (std::optional<FlatColumn> column = flat_column(field)) {
    if (const Field* text = project_field(project, *column)) {
      if (!is_amount_field(field)) return {text->text};
      if (text->text.empty()) return {};
      return amount_in(text->text, project.amount_unit.text, mapping.amount_unit);
    }
    if (indicator == nullptr) return {};
    const std::string& text = indicator_field(*indicator, *column)->text;
    if (field == FieldId::kLevel1 || field == FieldId::kLevel2) {
      return {mapping.categories.entry_for(text)};
    }
    return {text};
  }
  if (indicator == nullptr) return {};
  switch (field) {
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
  return mapping_.categories.name_of(text);
}

void FieldReader::fill_project(Project& project) const {
  bool any_amount = false;
  for (const auto& [id, value] : values_) {
    std::optional<FlatColumn> column = flat_column(id);
    Field* target = column ? project_field(project, *column) : nullptr;
    if (target == nullptr) continue;  // an indicator's field, or one of the value's parts
    *target = value;
    any_amount = any_amount || (is_amount_field(id) && !value.text.empty());
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
