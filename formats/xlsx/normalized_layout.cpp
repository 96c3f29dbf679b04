#include "formats/xlsx/normalized_layout.h"

#include "converter/model/flat_columns.h"
#include "formats/xlsx/findings_sheet_writer.h"
#include "formats/xlsx/report_sheet_writer.h"
#include "formats/xlsx/source_sheet_writer.h"
#include "formats/xlsx/table_sheet.h"

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

void write_headings(SheetWriter& sheet, const std::vector<FlatColumn>& columns) {
  CellStyle heading;
  heading.heading = true;
  heading.border = true;
  for (size_t col = 0; col < columns.size(); ++col) {
    sheet.text(0, static_cast<int>(col), std::string(kpiconv::heading(columns[col])), heading);
  }
}

void finish_data_sheet(SheetWriter& sheet, int last_row, int columns) {
  sheet.freeze_first_row();
  sheet.print_wide_table();
  sheet.autofilter(last_row, columns - 1);
  sheet.fit_columns(kNarrowestColumn, kWidestColumn);
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

void write_projects(WorkbookWriter& workbook, const Filing& filing) {
  const std::vector<FlatColumn>& columns = project_sheet_columns();
  SheetWriter& sheet = workbook.add_sheet("项目");
  write_headings(sheet, columns);
  int row = 0;
  for (const Project& project : filing.projects) {
    ++row;
    for (size_t col = 0; col < columns.size(); ++col) {
      FlatColumn column = columns[col];
      double number = column == FlatColumn::kIndicatorCount
                          ? static_cast<double>(project.indicators.size())
                          : static_cast<double>(row);
      write_cell(sheet, row, static_cast<int>(col), column, project_field(project, column), number);
    }
  }
  finish_data_sheet(sheet, row, static_cast<int>(columns.size()));
}

void write_indicators(WorkbookWriter& workbook, const Filing& filing, int rows_per_sheet) {
  const std::vector<FlatColumn>& columns = indicator_sheet_columns();
  SheetWriter* sheet = nullptr;
  int row = 0;
  int sheets = 0;
  auto next_sheet = [&] {
    if (sheet != nullptr) finish_data_sheet(*sheet, row, static_cast<int>(columns.size()));
    ++sheets;
    sheet = &workbook.add_sheet(sheets == 1 ? "指标" : "指标 (" + std::to_string(sheets) + ")");
    write_headings(*sheet, columns);
    row = 0;
  };
  next_sheet();
  int number = 0;
  for (const Project& project : filing.projects) {
    ++number;
    for (const Indicator& indicator : project.indicators) {
      if (row + 1 >= rows_per_sheet) next_sheet();
      ++row;
      for (size_t col = 0; col < columns.size(); ++col) {
        FlatColumn column = columns[col];
        const Field* field = is_indicator_column(column) ? indicator_field(indicator, column)
                                                         : project_field(project, column);
        write_cell(*sheet, row, static_cast<int>(col), column, field, number, &indicator);
      }
    }
  }
  finish_data_sheet(*sheet, row, static_cast<int>(columns.size()));
}

}  // namespace

void write_normalized_layout(WorkbookWriter& workbook, const Filing& filing, int rows_per_sheet,
                             const std::vector<ReportSheet>& report_sheets) {
  write_projects(workbook, filing);
  write_indicators(workbook, filing, rows_per_sheet);
  std::vector<std::pair<std::string, std::string>> table_sheets;
  int number = 0;
  for (const GenericTable& table : filing.tables) {
    table_sheets.emplace_back(write_table_sheet(workbook, table, ++number), table.title);
  }
  write_findings_sheet(workbook, filing);
  write_report_sheets(workbook, report_sheets);
  write_source_sheet(workbook, filing, table_sheets);
}

}  // namespace kpiconv::xlsx
