// The columns of kpiconv's flat layouts: the CSV (one row per indicator), and the 项目 and 指标
// sheets of the normalized workbook. Writers take the headings from here; the recognizer finds the
// same columns, in any order and under any synonym, through the vocabulary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "converter/model/filing.h"

namespace kpiconv {

enum class FlatColumn {
  kUnitCode,
  kUnitName,
  kAmountUnit,
  kProjectCode,
  kProjectName,
  kBudgetTotal,
  kBudgetFiscal,
  kBudgetOther,
  kPurpose,
  kPlanQuarter1,
  kPlanQuarter2,
  kPlanQuarter3,
  kPlanQuarter4,
  kGoals,
  kIndicatorCount,
  kProjectTitle,
  kProjectNumber,  // 1-based position of the project in the filing: joins 指标 rows to 项目 rows
  kLevel1,
  kLevel2,
  kLevel3,
  kDescription,
  kValue,
  kBasis,
  // The parse of 指标值, written for people and programs to sort and sum; derived, never read.
  kValueKind,
  kValueComparator,
  kValueNumber,
  kValueUpper,
  kValueUnit,
  kValueDate,
  kValueNote,
};

std::string_view heading(FlatColumn column);

// The first column of combined outputs (convert --combine): the input file a row came from.
inline constexpr std::string_view kSourceFileHeading = "来源文件";

// The column sets of each flat layout, in order.
const std::vector<FlatColumn>& csv_columns();
const std::vector<FlatColumn>& project_sheet_columns();
const std::vector<FlatColumn>& indicator_sheet_columns();

bool is_indicator_column(FlatColumn column);
// The parse columns: written from Indicator::parsed, ignored when read (the parse is redone).
bool is_value_parse_column(FlatColumn column);
// The text a parse column shows for an indicator.
std::string value_parse_text(const Indicator& indicator, FlatColumn column);
// The spending-plan quarter (0..3) of a column, or -1.
int plan_quarter(FlatColumn column);

// The field a column shows for a project (nullptr for indicator columns, the count and the number).
const Field* project_field(const Project& project, FlatColumn column);
Field* project_field(Project& project, FlatColumn column);
// The field a column shows for an indicator (nullptr for project columns).
const Field* indicator_field(const Indicator& indicator, FlatColumn column);
Field* indicator_field(Indicator& indicator, FlatColumn column);

}  // namespace kpiconv
