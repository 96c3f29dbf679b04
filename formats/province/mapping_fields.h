// The fields a province template's mapping can name ("project.code", "indicator.comparator", …):
// what each takes from a filing when a template is filled, and gives back when it is read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpiconv::province {

enum class FieldId {
  kUnitCode,
  kUnitName,
  kProjectTitle,
  kProjectCode,
  kProjectName,
  kAmountUnit,
  kBudgetTotal,
  kBudgetFiscal,
  kBudgetOther,
  kPurpose,
  kPlanQuarter1,
  kPlanQuarter2,
  kPlanQuarter3,
  kPlanQuarter4,
  kGoals,
  kLevel1,
  kLevel2,
  kLevel3,
  kDescription,
  kValue,       // 指标值 as written
  kComparator,  // its comparator, in the mapping's words
  kNumber,      // its number (a qualitative value: its text)
  kUnit,        // its unit
  kNature,      // 指标性质: rising, falling or qualitative, in the mapping's words
  kBasis,
};

// "project.code" → kProjectCode; nullopt for a name no field has.
std::optional<FieldId> field_named(std::string_view name);
std::string_view field_name(FieldId field);
// Every field name, for error messages.
std::vector<std::string_view> field_names();

bool is_indicator_field(FieldId field);
// Budget figures: written as numbers in the mapping's amount unit.
bool is_amount_field(FieldId field);

}  // namespace kpiconv::province
