#include "converter/recognize/flat_table.h"

#include <algorithm>

#include "converter/model/flat_columns.h"
#include "converter/normalize/normalizer.h"
#include "converter/recognize/spending_plan.h"

namespace kpiconv {
namespace {

// A header row is found among the first rows of a table (a title may stand above it).
constexpr int kRowsSearchedForHeader = 5;
constexpr int kMinimumKnownColumns = 3;

std::optional<FlatColumn> column_of_label(Label label) {
  switch (label) {
    case Label::kUnitCode:
      return FlatColumn::kUnitCode;
    case Label::kUnitName:
      return FlatColumn::kUnitName;
    case Label::kAmountUnit:
      return FlatColumn::kAmountUnit;
    case Label::kProjectTitle:
      return FlatColumn::kProjectTitle;
    case Label::kProjectNumber:
      return FlatColumn::kProjectNumber;
    case Label::kIndicatorCount:
      return FlatColumn::kIndicatorCount;
    case Label::kProjectCode:
      return FlatColumn::kProjectCode;
    case Label::kProjectName:
      return FlatColumn::kProjectName;
    case Label::kBudgetTotal:
      return FlatColumn::kBudgetTotal;
    case Label::kBudgetFiscal:
      return FlatColumn::kBudgetFiscal;
    case Label::kBudgetOther:
      return FlatColumn::kBudgetOther;
    case Label::kPurpose:
      return FlatColumn::kPurpose;
    case Label::kGoals:
      return FlatColumn::kGoals;
    case Label::kLevel1:
      return FlatColumn::kLevel1;
    case Label::kLevel2:
      return FlatColumn::kLevel2;
    case Label::kLevel3:
      return FlatColumn::kLevel3;
    case Label::kDescription:
      return FlatColumn::kDescription;
    case Label::kValue:
      return FlatColumn::kValue;
    case Label::kBasis:
      return FlatColumn::kBasis;
    case Label::kValueKind:
      return FlatColumn::kValueKind;
    case Label::kValueComparator:
      return FlatColumn::kValueComparator;
    case Label::kValueNumber:
      return FlatColumn::kValueNumber;
    case Label::kValueUpper:
      return FlatColumn::kValueUpper;
    case Label::kValueUnit:
      return FlatColumn::kValueUnit;
    case Label::kValueDate:
      return FlatColumn::kValueDate;
    case Label::kValueNote:
      return FlatColumn::kValueNote;
    case Label::kBudgetBlock:
    case Label::kSpendingPlan:
      return std::nullopt;
  }
  return std::nullopt;
}

bool identifies_project(FlatColumn column) {
  return column == FlatColumn::kProjectCode || column == FlatColumn::kProjectName ||
         column == FlatColumn::kProjectNumber;
}

Field field_at(const Table& table, int row, int col) {
  Field field;
  const Cell* cell = table.at(row, col);
  if (cell == nullptr) return field;
  field.text = std::string(trim(cell->text));
  field.where = table.place_of(*cell);
  return field;
}

bool row_is_blank(const Table& table, int row) {
  for (const Cell* cell : table.row_cells(row)) {
    if (cell->row == row && !is_blank(cell->text)) return false;
  }
  return true;
}

}  // namespace

FlatTableReader::FlatTableReader(const Vocabulary& vocabulary, std::vector<Project>& projects,
                                 std::vector<Finding>& findings)
    : vocabulary_(vocabulary), projects_(projects), findings_(findings) {}

std::optional<FlatColumn> FlatTableReader::column_kind(const Cell& cell) const {
  if (std::optional<Label> label = vocabulary_.label_of(cell.text)) return column_of_label(*label);
  std::optional<QuarterLabel> quarter = parse_quarter_label(cell.text, vocabulary_);
  if (quarter && quarter->rest.empty()) {
    static constexpr FlatColumn kQuarters[] = {FlatColumn::kPlanQuarter1, FlatColumn::kPlanQuarter2,
                                               FlatColumn::kPlanQuarter3,
                                               FlatColumn::kPlanQuarter4};
    return kQuarters[quarter->quarter];
  }
  return std::nullopt;
}

std::vector<FlatTableReader::Column> FlatTableReader::header_columns(const Table& table,
                                                                     int row) const {
  std::vector<Column> columns;
  for (const Cell* cell : table.row_cells(row)) {
    if (cell->row != row || is_blank(cell->text)) continue;
    columns.push_back({cell->col, column_kind(*cell), std::string(trim(cell->text))});
  }
  return columns;
}

bool FlatTableReader::is_header(const Table& table, int row,
                                const std::vector<Column>& columns) const {
  int known = 0;
  bool identity = false;
  for (const Column& column : columns) {
    if (!column.kind) continue;
    ++known;
    identity = identity || identifies_project(*column.kind);
  }
  if (known < kMinimumKnownColumns || !identity) return false;
  // Under a header stand values. In a form (项目编码 | code | 项目名称 | …) labels stand under
  // labels.
  for (int below = row + 1; below < table.rows; ++below) {
    if (row_is_blank(table, below)) continue;
    for (const Column& column : columns) {
      const Cell* cell = table.at(below, column.col);
      if (column.kind && cell != nullptr && cell->row == below &&
          vocabulary_.label_of(cell->text)) {
        return false;
      }
    }
    break;
  }
  return true;
}

size_t FlatTableReader::project_for(const Table& table, int row, const std::vector<Column>& columns,
                                    bool rows_are_projects) {
  std::string number;
  std::string code;
  std::string name;
  // In a combined output 项目序号 counts within each source file.
  std::string source;
  for (const Column& column : columns) {
    if (!column.kind) {
      if (column.heading == kSourceFileHeading) source = field_at(table, row, column.col).text;
      continue;
    }
    if (*column.kind == FlatColumn::kProjectNumber) number = field_at(table, row, column.col).text;
    if (*column.kind == FlatColumn::kProjectCode) code = field_at(table, row, column.col).text;
    if (*column.kind == FlatColumn::kProjectName) name = field_at(table, row, column.col).text;
  }
  std::string key = source + '\x1e' + (!number.empty() ? "#" + number : code + '\x1f' + name);
  auto found = by_key_.find(key);
  if (found != by_key_.end() && !(rows_are_projects && number.empty())) return found->second;

  Project project;
  project.where = table.where;
  for (const Column& column : columns) {
    if (!column.kind) continue;
    if (Field* field = project_field(project, *column.kind))
      *field = field_at(table, row, column.col);
  }
  projects_.push_back(std::move(project));
  by_key_[key] = projects_.size() - 1;
  return projects_.size() - 1;
}

bool FlatTableReader::read(const Table& table) {
  int header = -1;
  std::vector<Column> columns;
  for (int r = 0, seen = 0; r < table.rows && seen < kRowsSearchedForHeader; ++r) {
    if (row_is_blank(table, r)) continue;
    ++seen;
    columns = header_columns(table, r);
    if (is_header(table, r, columns)) {
      header = r;
      break;
    }
  }
  if (header < 0) return false;

  bool has_indicators = std::any_of(columns.begin(), columns.end(), [](const Column& column) {
    return column.kind && is_indicator_column(*column.kind);
  });
  for (const Column& column : columns) {
    if (column.kind) continue;
    findings_.push_back({"unknown-column", Severity::kInfo,
                         "未识别的列“" + column.heading + "”，其内容已原样保留（extra）", "",
                         table.place_of(*table.at(header, column.col))});
  }

  bool parse_columns_are_derived =
      std::any_of(columns.begin(), columns.end(),
                  [](const Column& column) { return column.kind == FlatColumn::kValueKind; });
  int stale_parses = 0;
  Provenance first_stale;
  for (int r = header + 1; r < table.rows; ++r) {
    if (row_is_blank(table, r)) continue;
    Project& project = projects_[project_for(table, r, columns, !has_indicators)];
    std::vector<ExtraField> extras;
    for (const Column& column : columns) {
      if (!column.kind) extras.push_back({column.heading, field_at(table, r, column.col)});
    }
    if (!has_indicators) {
      project.extras = std::move(extras);
      continue;
    }
    Indicator indicator;
    bool any = false;
    for (const Column& column : columns) {
      if (!column.kind) continue;
      if (Field* field = indicator_field(indicator, *column.kind)) {
        *field = field_at(table, r, column.col);
        any = any || !field->text.empty();
      }
    }
    // A project without indicators still has its row, with the indicator columns blank.
    if (!any) continue;
    // The parse columns kpiconv writes are redone from 指标值; one that says something else (an
    // office's own 计量单位 beside a bare number) is kept. In kpiconv's own layout (it alone writes
    // 值类型) they are derived: someone edited 指标值 and left them behind.
    indicator.parsed = parse_indicator_value(indicator.value.text, vocabulary_);
    for (const Column& column : columns) {
      if (!column.kind || !is_value_parse_column(*column.kind)) continue;
      Field cell = field_at(table, r, column.col);
      if (cell.text.empty() || cell.text == value_parse_text(indicator, *column.kind)) continue;
      if (parse_columns_are_derived) {
        if (stale_parses++ == 0) first_stale = cell.where;
      } else {
        extras.push_back({column.heading, std::move(cell)});
      }
    }
    indicator.row = table.row_place(r);
    indicator.extras = std::move(extras);
    project.indicators.push_back(std::move(indicator));
  }
  if (stale_parses > 0) {
    findings_.push_back({"stale-value-parse", Severity::kInfo,
                         std::to_string(stale_parses) +
                             " 个解析列单元格（值类型、比较符号、数值、计量单位等）与指标值不符，"
                             "已按指标值重新解析",
                         "", first_stale});
  }
  return true;
}

}  // namespace kpiconv
