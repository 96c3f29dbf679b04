#include "formats/province/mapping_fields.h"

#include <array>
#include <utility>

namespace kpiconv::province {
namespace {

constexpr std::array<std::pair<std::string_view, FieldId>, 25> kFields = {{
    {"unit.code", FieldId::kUnitCode},
    {"unit.name", FieldId::kUnitName},
    {"project.title", FieldId::kProjectTitle},
    {"project.code", FieldId::kProjectCode},
    {"project.name", FieldId::kProjectName},
    {"project.amount_unit", FieldId::kAmountUnit},
    {"budget.total", FieldId::kBudgetTotal},
    {"budget.fiscal", FieldId::kBudgetFiscal},
    {"budget.other", FieldId::kBudgetOther},
    {"project.purpose", FieldId::kPurpose},
    {"plan.q1", FieldId::kPlanQuarter1},
    {"plan.q2", FieldId::kPlanQuarter2},
    {"plan.q3", FieldId::kPlanQuarter3},
    {"plan.q4", FieldId::kPlanQuarter4},
    {"project.goals", FieldId::kGoals},
    {"indicator.level1", FieldId::kLevel1},
    {"indicator.level2", FieldId::kLevel2},
    {"indicator.level3", FieldId::kLevel3},
    {"indicator.description", FieldId::kDescription},
    {"indicator.value", FieldId::kValue},
    {"indicator.comparator", FieldId::kComparator},
    {"indicator.number", FieldId::kNumber},
    {"indicator.unit", FieldId::kUnit},
    {"indicator.nature", FieldId::kNature},
    {"indicator.basis", FieldId::kBasis},
}};

}  // namespace

std::optional<FieldId> field_named(std::string_view name) {
  for (const auto& [field_text, field] : kFields) {
    if (field_text == name) return field;
  }
  return std::nullopt;
}

std::string_view field_name(FieldId field) {
  for (const auto& [field_text, id] : kFields) {
    if (id == field) return field_text;
  }
  return {};
}

std::vector<std::string_view> field_names() {
  std::vector<std::string_view> names;
  for (const auto& [field_text, field] : kFields) names.push_back(field_text);
  return names;
}

bool is_indicator_field(FieldId field) {
  return field >= FieldId::kLevel1;
}

bool is_amount_field(FieldId field) {
  return field == FieldId::kBudgetTotal || field == FieldId::kBudgetFiscal ||
         field == FieldId::kBudgetOther;
}

}  // namespace kpiconv::province
