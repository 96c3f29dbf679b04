#include "formats/xlsx/form_layout.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "converter/text/display_width.h"
#include "formats/xlsx/closing_sheets.h"

namespace kpiconv::xlsx {
namespace {

// Seven columns that fill an A4 page in portrait: label | value | value | label | value | label |
// value for the header block; 一级 | 二级 | 三级 | 描述 (two columns) | 指标值 | 依据 below.
constexpr double kColumnWidths[] = {13, 14, 16, 15, 15, 12, 16};
constexpr int kColumns = 7;
constexpr double kLineHeight = 15.0;  // points per line of 11-point text
constexpr double kPadding = 6.0;
constexpr double kMinimumRowHeight = 21.0;  // a form row a pen can fill in

using Kind = SheetWriter::Kind;

class FormWriter {
 public:
  FormWriter(SheetWriter& sheet, const Project& project) : sheet_(sheet), project_(project) {
    cell_.border = true;
    cell_.wrap = true;
    label_ = cell_;
    label_.center = true;
    heading_ = label_;
    heading_.bold = true;
  }

  void write() {
    for (int col = 0; col < kColumns; ++col) sheet_.column_width(col, kColumnWidths[col]);
    title();
    unit_line();
    identity();
    budget();
    spending_plan();
    goals();
    indicators();
    page_setup();
  }

 private:
  // A merged cell whose text sets its row's height when it needs several lines.
  void put(int row, int first_col, int last_col, const std::string& text, Kind kind,
           const CellStyle& style, int last_row = -1) {
    if (last_row < 0) last_row = row;
    sheet_.merge(row, first_col, last_row, last_col, text, kind, style);
    if (last_row != row) return;  // a cell down several rows does not size one of them
    double width = 0;
    for (int col = first_col; col <= last_col; ++col) width += kColumnWidths[col];
    int lines = wrapped_line_count(text, static_cast<int>(width) - 1);
    double& height = heights_[row];
    height = std::max(height, lines * kLineHeight + kPadding);
  }

  void title() {
    CellStyle style;
    style.bold = true;
    style.center = true;
    style.font_size = 14;
    put(row_, 0, kColumns - 1, project_.title.text, Kind::kText, style);
    heights_[row_] = std::max(heights_[row_], 28.0);
    ++row_;
  }

  void unit_line() {
    CellStyle left;
    CellStyle right;
    right.right = true;
    put(row_, 0, 3, project_.unit_code.text + project_.unit_name.text, Kind::kText, left);
    std::string unit =
        project_.amount_unit.text.empty() ? "" : "单位：" + project_.amount_unit.text;
    put(row_, 4, kColumns - 1, unit, Kind::kText, right);
    ++row_;
  }

  void identity() {
    put(row_, 0, 0, "项目编码", Kind::kText, label_);
    put(row_, 1, 2, project_.code.text, Kind::kText, cell_);
    put(row_, 3, 3, "项目名称", Kind::kText, label_);
    put(row_, 4, 6, project_.name.text, Kind::kText, cell_);
    ++row_;
  }

  void budget() {
    put(row_, 0, 0, "预算规模及资金用途", Kind::kText, label_, row_ + 1);
    put(row_, 1, 1, "预算数", Kind::kText, label_);
    put(row_, 2, 2, project_.budget.total.text, Kind::kValue, cell_);
    put(row_, 3, 3, "其中：财政资金", Kind::kText, label_);
    put(row_, 4, 4, project_.budget.fiscal.text, Kind::kValue, cell_);
    put(row_, 5, 5, "其他资金", Kind::kText, label_);
    put(row_, 6, 6, project_.budget.other.text, Kind::kValue, cell_);
    ++row_;
    put(row_, 1, 6, project_.purpose.text, Kind::kText, cell_);
    ++row_;
  }

  void spending_plan() {
    static constexpr const char* kQuarters[] = {"3月底", "6月底", "10月底", "12月底"};
    static constexpr int kFirst[] = {1, 3, 5, 6};
    static constexpr int kLast[] = {2, 4, 5, 6};
    put(row_, 0, 0, "资金支出计划（%）", Kind::kText, label_, row_ + 1);
    for (size_t q = 0; q < 4; ++q)
      put(row_, kFirst[q], kLast[q], kQuarters[q], Kind::kText, label_);
    ++row_;
    CellStyle value = label_;
    for (size_t q = 0; q < 4; ++q) {
      put(row_, kFirst[q], kLast[q], project_.spending_plan[q].text, Kind::kPercentage, value);
    }
    ++row_;
  }

  void goals() {
    put(row_, 0, 0, "绩效目标", Kind::kText, label_);
    put(row_, 1, 6, project_.goals.text, Kind::kText, cell_);
    ++row_;
  }

  void indicators() {
    static constexpr const char* kHeadings[] = {"一级指标",     "二级指标", "三级指标",
                                                "绩效指标描述", "指标值",   "指标值确定依据"};
    static constexpr int kFirst[] = {0, 1, 2, 3, 5, 6};
    static constexpr int kLast[] = {0, 1, 2, 4, 5, 6};
    for (size_t i = 0; i < 6; ++i)
      put(row_, kFirst[i], kLast[i], kHeadings[i], Kind::kText, heading_);
    ++row_;
    const std::vector<Indicator>& indicators = project_.indicators;
    for (size_t i = 0; i < indicators.size(); ++i) {
      const Indicator& indicator = indicators[i];
      // 一级 merged down its group, 二级 down its run within the group, as in the Word form.
      if (i == 0 || indicator.level1.text != indicators[i - 1].level1.text) {
        size_t end = run_end(
            i, [&](size_t j) { return indicators[j].level1.text == indicator.level1.text; });
        put(row_, 0, 0, indicator.level1.text, Kind::kText, label_,
            row_ + static_cast<int>(end - i) - 1);
      }
      if (i == 0 || indicator.level1.text != indicators[i - 1].level1.text ||
          indicator.level2.text != indicators[i - 1].level2.text) {
        size_t end = run_end(i, [&](size_t j) {
          return indicators[j].level1.text == indicator.level1.text &&
                 indicators[j].level2.text == indicator.level2.text;
        });
        put(row_, 1, 1, indicator.level2.text, Kind::kText, label_,
            row_ + static_cast<int>(end - i) - 1);
      }
      put(row_, 2, 2, indicator.level3.text, Kind::kText, cell_);
      put(row_, 3, 4, indicator.description.text, Kind::kText, cell_);
      put(row_, 5, 5, indicator.value.text, Kind::kText, label_);
      put(row_, 6, 6, indicator.basis.text, Kind::kText, cell_);
      ++row_;
    }
  }

  template <class SameRun>
  size_t run_end(size_t start, SameRun&& same) const {
    size_t end = start + 1;
    while (end < project_.indicators.size() && same(end)) ++end;
    return end;
  }

  void page_setup() {
    for (const auto& [row, height] : heights_)
      sheet_.row_height(row, std::max(height, kMinimumRowHeight));
    lxw_worksheet* raw = sheet_.raw();
    worksheet_set_paper(raw, kPaperA4);
    worksheet_set_portrait(raw);
    worksheet_set_margins(raw, 0.5, 0.5, 0.6, 0.6);
    worksheet_center_horizontally(raw);
    worksheet_fit_to_pages(raw, 1, 0);
    worksheet_print_area(raw, 0, 0, static_cast<lxw_row_t>(std::max(row_ - 1, 0)), kColumns - 1);
  }

  SheetWriter& sheet_;
  const Project& project_;
  CellStyle cell_, label_, heading_;
  int row_ = 0;
  std::map<int, double> heights_;
};

std::string sheet_name(const Project& project, size_t number) {
  const std::string& name = !project.name.text.empty() ? project.name.text : project.code.text;
  return std::to_string(number) + " " + name;
}

}  // namespace

void write_form_layout(WorkbookWriter& workbook, const Filing& filing,
                       const std::vector<ReportSheet>& report_sheets) {
  size_t number = 0;
  for (const Project& project : filing.projects) {
    SheetWriter& sheet = workbook.add_sheet(sheet_name(project, ++number));
    FormWriter(sheet, project).write();
  }
  write_closing_sheets(workbook, filing, report_sheets);
}

}  // namespace kpiconv::xlsx
