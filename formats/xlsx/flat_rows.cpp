#include "formats/xlsx/flat_rows.h"

namespace kpiconv::xlsx {
namespace {

// Long prose wraps at this width instead of making a column as wide as a paragraph.
constexpr double kWidestColumn = 50;
constexpr double kNarrowestColumn = 6;

bool is_prose(FlatColumn column) {
  switch (column) {
    case FlatColumn::kPurpose:
    case FlatColumn::kGoals:
    case FlatColumn::kDescription:
    case FlatColumn::kBasis:
    case FlatColumn::kProjectTitle:
    case FlatColumn::kValueNote:
      return true;
    default:
      return false;
  }
}

// One cell of a project or indicator row, typed by its column.
void write_cell(SheetWriter& sheet, int row, int col, FlatColumn column, const Field* field,
                double number, const Indicator* indicator = nullptr) {
  CellStyle style;
  style.border = true;
  style.wrap = is_prose(column);
  if (indicator != nullptr && is_value_parse_column(column)) {
    std::string text = value_parse_text(*indicator, column);
    if (column == FlatColumn::kValueNumber || column == FlatColumn::kValueUpper) {
      sheet.value(row, col, text, style);  // numbers to sort and add up
    } else {
      sheet.text(row, col, text, style);
    }
  } else if (field == nullptr) {
    sheet.number(row, col, number, style);  // 指标数, 项目序号
  } else if (plan_quarter(column) >= 0) {
    sheet.percentage(row, col, field->text, style);
  } else if (column == FlatColumn::kBudgetTotal || column == FlatColumn::kBudgetFiscal ||
             column == FlatColumn::kBudgetOther) {
    sheet.value(row, col, field->text, style);
  } else {
    sheet.text(row, col, field->text, style);  // codes stay text: 007 is not 7
  }
}

}  // namespace

void write_project_row(SheetWriter& sheet, int row, int first_col, const Project& project,
                       int project_number) {
  const std::vector<FlatColumn>& columns = project_sheet_columns();
  for (size_t col = 0; col < columns.size(); ++col) {
    FlatColumn column = columns[col];
    double number = column == FlatColumn::kIndicatorCount
                        ? static_cast<double>(project.indicators.size())
                        : static_cast<double>(project_number);
    write_cell(sheet, row, first_col + static_cast<int>(col), column,
               project_field(project, column), number);
  }
}

void write_indicator_row(SheetWriter& sheet, int row, int first_col, const Project& project,
                         const Indicator& indicator, int project_number) {
  const std::vector<FlatColumn>& columns = indicator_sheet_columns();
  for (size_t col = 0; col < columns.size(); ++col) {
    FlatColumn column = columns[col];
    const Field* field = is_indicator_column(column) ? indicator_field(indicator, column)
                                                     : project_field(project, column);
    write_cell(sheet, row, first_col + static_cast<int>(col), column, field, project_number,
               &indicator);
  }
}

void finish_flat_sheet(SheetWriter& sheet, int last_row, int columns) {
  sheet.freeze_first_row();
  sheet.print_wide_table();
  sheet.autofilter(last_row, columns - 1);
  sheet.fit_columns(kNarrowestColumn, kWidestColumn);
}

RowSheet::RowSheet(WorkbookWriter& workbook, std::string name, int rows_per_sheet,
                   std::vector<std::string> headings)
    : workbook_(workbook),
      name_(std::move(name)),
      rows_per_sheet_(rows_per_sheet),
      headings_(std::move(headings)) {
  open_next();
}

std::pair<SheetWriter*, int> RowSheet::next_row() {
  if (row_ + 1 >= rows_per_sheet_) open_next();
  return {sheet_, ++row_};
}

void RowSheet::finish() {
  finish_flat_sheet(*sheet_, row_, static_cast<int>(headings_.size()));
}

void RowSheet::open_next() {
  if (sheet_ != nullptr) finish();
  ++sheets_;
  sheet_ =
      &workbook_.add_sheet(sheets_ == 1 ? name_ : name_ + " (" + std::to_string(sheets_) + ")");
  CellStyle style;
  style.heading = true;
  style.border = true;
  for (size_t col = 0; col < headings_.size(); ++col) {
    sheet_->text(0, static_cast<int>(col), headings_[col], style);
  }
  row_ = 0;
}

std::vector<std::string> flat_headings(const std::vector<FlatColumn>& columns, bool source_column) {
  std::vector<std::string> headings;
  if (source_column) headings.emplace_back(kSourceFileHeading);
  for (FlatColumn column : columns) headings.emplace_back(heading(column));
  return headings;
}

}  // namespace kpiconv::xlsx
