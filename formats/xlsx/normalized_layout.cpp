#include "formats/xlsx/normalized_layout.h"

#include "converter/model/flat_columns.h"
#include "formats/xlsx/closing_sheets.h"
#include "formats/xlsx/flat_rows.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {
namespace {

class NormalizedWorkbook : public FilingStream {
 public:
  NormalizedWorkbook(const std::filesystem::path& file, const WriteOptions& options)
      : workbook_(file, /*constant_memory=*/true),
        projects_(workbook_, "项目", options.rows_per_sheet,
                  flat_headings(project_sheet_columns())),
        indicators_(workbook_, "指标", options.rows_per_sheet,
                    flat_headings(indicator_sheet_columns())),
        report_sheets_(options.report_sheets) {}

  void add(const Project& project) override {
    ++number_;
    auto [sheet, row] = projects_.next_row();
    write_project_row(*sheet, row, 0, project, number_);
    for (const Indicator& indicator : project.indicators) {
      auto [indicator_sheet, indicator_row] = indicators_.next_row();
      write_indicator_row(*indicator_sheet, indicator_row, 0, project, indicator, number_);
    }
  }

  WriteReport finish(const Filing& rest) override {
    projects_.finish();
    indicators_.finish();
    workbook_.set_title(rest.title);
    write_closing_sheets(workbook_, rest, report_sheets_);
    workbook_.close();
    return {workbook_.warnings()};
  }

 private:
  WorkbookWriter workbook_;
  RowSheet projects_, indicators_;
  std::vector<ReportSheet> report_sheets_;
  int number_ = 0;
};

}  // namespace

std::unique_ptr<FilingStream> open_normalized_workbook(const std::filesystem::path& file,
                                                       const WriteOptions& options) {
  return std::make_unique<NormalizedWorkbook>(file, options);
}

}  // namespace kpiconv::xlsx
