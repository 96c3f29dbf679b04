#include "converter/model/flat_columns.h"

namespace kpiconv {

std::string_view heading(FlatColumn column) {
  switch (column) {
    case FlatColumn::kUnitCode:
      return "单位编码";
    case FlatColumn::kUnitName:
      return "单位名称";
    case FlatColumn::kAmountUnit:
      return "金额单位";
    case FlatColumn::kProjectCode:
      return "项目编码";
    case FlatColumn::kProjectName:
      return "项目名称";
    case FlatColumn::kBudgetTotal:
      return "预算数";
    case FlatColumn::kBudgetFiscal:
      return "财政资金";
    case FlatColumn::kBudgetOther:
      return "其他资金";
    case FlatColumn::kPurpose:
      return "资金用途";
    case FlatColumn::kPlanQuarter1:
      return "3月底";
    case FlatColumn::kPlanQuarter2:
      return "6月底";
    case FlatColumn::kPlanQuarter3:
      return "10月底";
    case FlatColumn::kPlanQuarter4:
      return "12月底";
    case FlatColumn::kGoals:
      return "绩效目标";
    case FlatColumn::kIndicatorCount:
      return "指标数";
    case FlatColumn::kProjectTitle:
      return "项目标题";
    case FlatColumn::kProjectNumber:
      return "项目序号";
    case FlatColumn::kLevel1:
      return "一级指标";
    case FlatColumn::kLevel2:
      return "二级指标";
    case FlatColumn::kLevel3:
      return "三级指标";
    case FlatColumn::kDescription:
      return "绩效指标描述";
    case FlatColumn::kValue:
      return "指标值";
    case FlatColumn::kBasis:
      return "指标值确定依据";
    case FlatColumn::kValueKind:
      return "值类型";
    case FlatColumn::kValueComparator:
      return "比较符号";
    case FlatColumn::kValueNumber:
      return "数值";
    case FlatColumn::kValueUpper:
      return "上限值";
    case FlatColumn::kValueUnit:
      return "计量单位";
    case FlatColumn::kValueDate:
      return "截止日期";
    case FlatColumn::kValueNote:
      return "值备注";
  }
  return {};
}

const std::vector<FlatColumn>& csv_columns() {
  // The first fourteen are the columns every version wrote; later ones are appended, never moved.
  static const std::vector<FlatColumn> columns = {
      FlatColumn::kUnitCode,      FlatColumn::kUnitName,     FlatColumn::kAmountUnit,
      FlatColumn::kProjectCode,   FlatColumn::kProjectName,  FlatColumn::kBudgetTotal,
      FlatColumn::kBudgetFiscal,  FlatColumn::kBudgetOther,  FlatColumn::kLevel1,
      FlatColumn::kLevel2,        FlatColumn::kLevel3,       FlatColumn::kDescription,
      FlatColumn::kValue,         FlatColumn::kBasis,        FlatColumn::kPurpose,
      FlatColumn::kPlanQuarter1,  FlatColumn::kPlanQuarter2, FlatColumn::kPlanQuarter3,
      FlatColumn::kPlanQuarter4,  FlatColumn::kGoals,        FlatColumn::kProjectTitle,
      FlatColumn::kProjectNumber, FlatColumn::kValueKind,    FlatColumn::kValueComparator,
      FlatColumn::kValueNumber,   FlatColumn::kValueUpper,   FlatColumn::kValueUnit,
      FlatColumn::kValueDate,     FlatColumn::kValueNote};
  return columns;
}

const std::vector<FlatColumn>& project_sheet_columns() {
  static const std::vector<FlatColumn> columns = {
      FlatColumn::kUnitCode,     FlatColumn::kUnitName,     FlatColumn::kAmountUnit,
      FlatColumn::kProjectCode,  FlatColumn::kProjectName,  FlatColumn::kBudgetTotal,
      FlatColumn::kBudgetFiscal, FlatColumn::kBudgetOther,  FlatColumn::kPurpose,
      FlatColumn::kPlanQuarter1, FlatColumn::kPlanQuarter2, FlatColumn::kPlanQuarter3,
      FlatColumn::kPlanQuarter4, FlatColumn::kGoals,        FlatColumn::kIndicatorCount,
      FlatColumn::kProjectTitle, FlatColumn::kProjectNumber};
  return columns;
}

const std::vector<FlatColumn>& indicator_sheet_columns() {
  static const std::vector<FlatColumn> columns = {
      FlatColumn::kProjectCode,     FlatColumn::kProjectName, FlatColumn::kLevel1,
      FlatColumn::kLevel2,          FlatColumn::kLevel3,      FlatColumn::kDescription,
      FlatColumn::kValue,           FlatColumn::kBasis,       FlatColumn::kValueKind,
      FlatColumn::kValueComparator, FlatColumn::kValueNumber, FlatColumn::kValueUpper,
      FlatColumn::kValueUnit,       FlatColumn::kValueDate,   FlatColumn::kValueNote,
      FlatColumn::kProjectNumber};
  return columns;
}

bool is_indicator_column(FlatColumn column) {
  switch (column) {
    case FlatColumn::kLevel1:
    case FlatColumn::kLevel2:
    case FlatColumn::kLevel3:
    case FlatColumn::kDescription:
    case FlatColumn::kValue:
    case FlatColumn::kBasis:
      return true;
    default:
      return false;
  }
}

bool is_value_parse_column(FlatColumn column) {
  switch (column) {
    case FlatColumn::kValueKind:
    case FlatColumn::kValueComparator:
    case FlatColumn::kValueNumber:
    case FlatColumn::kValueUpper:
    case FlatColumn::kValueUnit:
    case FlatColumn::kValueDate:
    case FlatColumn::kValueNote:
      return true;
    default:
      return false;
  }
}

std::string value_parse_text(const Indicator& indicator, FlatColumn column) {
  if (indicator.value.text.empty()) return {};  // nothing to parse, nothing to show
  const ParsedValue& parsed = indicator.parsed;
  switch (column) {
    case FlatColumn::kValueKind:
      return to_string(parsed.kind);
    case FlatColumn::kValueComparator:
      return parsed.comparator;
    case FlatColumn::kValueNumber:
      return parsed.number;
    case FlatColumn::kValueUpper:
      return parsed.upper;
    case FlatColumn::kValueUnit:
      return parsed.unit;
    case FlatColumn::kValueDate:
      return parsed.date;
    case FlatColumn::kValueNote:
      return parsed.note;
    default:
      return {};
  }
}

int plan_quarter(FlatColumn column) {
  switch (column) {
    case FlatColumn::kPlanQuarter1:
      return 0;
    case FlatColumn::kPlanQuarter2:
      return 1;
    case FlatColumn::kPlanQuarter3:
      return 2;
    case FlatColumn::kPlanQuarter4:
      return 3;
    default:
      return -1;
  }
}

Field* project_field(Project& project, FlatColumn column) {
  switch (column) {
    case FlatColumn::kUnitCode:
      return &project.unit_code;
    case FlatColumn::kUnitName:
      return &project.unit_name;
    case FlatColumn::kAmountUnit:
      return &project.amount_unit;
    case FlatColumn::kProjectCode:
      return &project.code;
    case FlatColumn::kProjectName:
      return &project.name;
    case FlatColumn::kBudgetTotal:
      return &project.budget.total;
    case FlatColumn::kBudgetFiscal:
      return &project.budget.fiscal;
    case FlatColumn::kBudgetOther:
      return &project.budget.other;
    case FlatColumn::kPurpose:
      return &project.purpose;
    case FlatColumn::kGoals:
      return &project.goals;
    case FlatColumn::kProjectTitle:
      return &project.title;
    default:
      break;
  }
  int quarter = plan_quarter(column);
  return quarter >= 0 ? &project.spending_plan[static_cast<size_t>(quarter)] : nullptr;
}

const Field* project_field(const Project& project, FlatColumn column) {
  return project_field(const_cast<Project&>(project), column);
}

Field* indicator_field(Indicator& indicator, FlatColumn column) {
  switch (column) {
    case FlatColumn::kLevel1:
      return &indicator.level1;
    case FlatColumn::kLevel2:
      return &indicator.level2;
    case FlatColumn::kLevel3:
      return &indicator.level3;
    case FlatColumn::kDescription:
      return &indicator.description;
    case FlatColumn::kValue:
      return &indicator.value;
    case FlatColumn::kBasis:
      return &indicator.basis;
    default:
      return nullptr;
  }
}

const Field* indicator_field(const Indicator& indicator, FlatColumn column) {
  return indicator_field(const_cast<Indicator&>(indicator), column);
}

}  // namespace kpiconv
