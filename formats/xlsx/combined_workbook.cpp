#include "formats/xlsx/combined_workbook.h"

#include <string>

#include "converter/model/findings_sheet.h"
#include "converter/model/flat_columns.h"
#include "formats/xlsx/flat_rows.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {
namespace {

std::vector<std::string> table_headings() {
  return {
      std::string(kSourceFileHeading), "表格序号", "表格标题", "行", "列", "跨行", "跨列", "内容"};
}

std::vector<std::string> source_headings() {
  return {std::string(kSourceFileHeading), "格式", "标题", "项目数", "指标数", "结果"};
}

std::vector<std::string> findings_headings() {
  std::vector<std::string> headings = {std::string(kSourceFileHeading)};
  for (const char* heading : findings_sheet::kHeadings) headings.emplace_back(heading);
  return headings;
}

const char* severity_word(Severity severity) {
  return severity == Severity::kError ? "错误" : severity == Severity::kWarning ? "警告" : "提示";
}

// A converted file's outcome, pointing at its errors (a project whose amounts could not be put in
// the workbook's unit, a check that failed) so that nobody sums its rows unawares.
std::string outcome_of(const Filing& filing) {
  size_t errors = 0;
  for (const Finding& finding : filing.findings) errors += finding.severity == Severity::kError;
  if (errors == 0) return "已转换";
  return "已转换，有 " + std::to_string(errors) + " 个错误（见" + findings_sheet::kSheetName + "）";
}

class CombinedWorkbook : public CombinedWriter {
 public:
  CombinedWorkbook(const std::filesystem::path& file, const WriteOptions& options)
      : workbook_(file, /*constant_memory=*/true),
        projects_(workbook_, "项目", options.rows_per_sheet,
                  flat_headings(project_sheet_columns(), true)),
        indicators_(workbook_, "指标", options.rows_per_sheet,
                    flat_headings(indicator_sheet_columns(), true)),
        tables_(workbook_, "表格", options.rows_per_sheet, table_headings()),
        findings_(workbook_, findings_sheet::kSheetName, options.rows_per_sheet,
                  findings_headings()),
        sources_(workbook_, std::string(kSourceFileHeading), options.rows_per_sheet,
                 source_headings()) {
    cell_.border = true;
    prose_ = cell_;
    prose_.wrap = true;
  }

  std::unique_ptr<FilingStream> next_filing(const std::string& source) override;

  // The next project of the filing read from `source`, its `number`th.
  void add_project(const Project& project, int number, const std::string& source) {
    auto [sheet, row] = projects_.next_row();
    sheet->text(row, 0, source, cell_);
    write_project_row(*sheet, row, 1, project, number);
    for (const Indicator& indicator : project.indicators) {
      auto [indicator_sheet, indicator_row] = indicators_.next_row();
      indicator_sheet->text(indicator_row, 0, source, cell_);
      write_indicator_row(*indicator_sheet, indicator_row, 1, project, indicator, number);
    }
  }

  // The rest of the filing, after its `projects` projects with `indicators` indicators.
  void end_filing(const Filing& rest, const std::string& source, int projects, size_t indicators) {
    add_tables(rest, source);
    add_findings(rest, source);
    auto [sheet, row] = sources_.next_row();
    sheet->text(row, 0, source, cell_);
    sheet->text(row, 1, rest.source.format, cell_);
    sheet->text(row, 2, rest.title, prose_);
    sheet->number(row, 3, static_cast<double>(projects), cell_);
    sheet->number(row, 4, static_cast<double>(indicators), cell_);
    sheet->text(row, 5, outcome_of(rest), cell_);
    ++files_;
  }

  void add_failure(const std::string& source, const std::string& reason) override {
    auto [sheet, row] = sources_.next_row();
    sheet->text(row, 0, source, cell_);
    for (int col = 1; col <= 4; ++col) sheet->text(row, col, "", cell_);
    sheet->text(row, 5, "未能读取：" + reason, prose_);
    ++files_;
  }

  WriteReport finish() override {
    workbook_.set_title("汇总：" + std::to_string(files_) + " 个文件");
    for (RowSheet* sheet : {&projects_, &indicators_, &tables_, &findings_, &sources_}) {
      sheet->finish();
    }
    workbook_.close();
    return {workbook_.warnings()};
  }

 private:
  void add_tables(const Filing& filing, const std::string& source) {
    int number = 0;
    for (const GenericTable& table : filing.tables) {
      ++number;
      for (const Cell& cell : table.grid.cells) {
        auto [sheet, row] = tables_.next_row();
        sheet->text(row, 0, source, cell_);
        sheet->number(row, 1, number, cell_);
        sheet->text(row, 2, table.title, prose_);
        sheet->number(row, 3, cell.row + 1, cell_);
        sheet->number(row, 4, cell.col + 1, cell_);
        sheet->number(row, 5, cell.row_span, cell_);
        sheet->number(row, 6, cell.col_span, cell_);
        sheet->text(row, 7, cell.text, prose_);
      }
    }
  }

  void add_findings(const Filing& filing, const std::string& source) {
    for (const Finding& finding : filing.findings) {
      auto [sheet, row] = findings_.next_row();
      sheet->text(row, 0, source, cell_);
      sheet->text(row, 1, severity_word(finding.severity), cell_);
      sheet->text(row, 2, finding.rule, cell_);
      sheet->text(row, 3, finding.project_code, cell_);
      if (finding.indicator > 0) {
        sheet->number(row, 4, finding.indicator, cell_);
      } else {
        sheet->text(row, 4, "", cell_);
      }
      sheet->text(row, 5, finding.where.to_string(), cell_);
      sheet->text(row, 6, finding.message, prose_);
    }
  }

  WorkbookWriter workbook_;
  RowSheet projects_, indicators_, tables_, findings_, sources_;
  CellStyle cell_, prose_;
  int files_ = 0;
};

class FilingRows : public FilingStream {
 public:
  FilingRows(CombinedWorkbook& workbook, std::string source)
      : workbook_(workbook), source_(std::move(source)) {}
  void add(const Project& project) override {
    workbook_.add_project(project, ++projects_, source_);
    indicators_ += project.indicators.size();
  }
  WriteReport finish(const Filing& rest) override {
    workbook_.end_filing(rest, source_, projects_, indicators_);
    return {};
  }

 private:
  CombinedWorkbook& workbook_;
  std::string source_;
  int projects_ = 0;
  size_t indicators_ = 0;
};

std::unique_ptr<FilingStream> CombinedWorkbook::next_filing(const std::string& source) {
  return std::make_unique<FilingRows>(*this, source);
}

}  // namespace

std::unique_ptr<CombinedWriter> open_combined_workbook(const std::filesystem::path& file,
                                                       const WriteOptions& options) {
  return std::make_unique<CombinedWorkbook>(file, options);
}

}  // namespace kpiconv::xlsx
