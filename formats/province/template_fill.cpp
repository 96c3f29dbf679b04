#include "formats/province/template_fill.h"

#include <algorithm>
#include <cstdint>

#include "converter/atomic_output.h"
#include "converter/error.h"
#include "formats/province/block_layout.h"
#include "formats/province/field_values.h"
#include "formats/province/template_layout.h"
#include "formats/xlsx/sheet_limits.h"

namespace kpiconv::province {

using xlsx::CellPosition;
using xlsx::apply::WorkbookEdit;
using xlsx::apply::WorksheetDom;

namespace {

// One row of the rows layout, or one indicator row of a block.
struct Record {
  const Project* project;
  const Indicator* indicator;  // nullptr: a project without indicators
};

}  // namespace

struct TemplateFill::State {
  explicit State(ProvinceTemplate opened)
      : province_template(std::move(opened)),
        mapping(province_template.mapping),
        workbook(province_template.built_in()
                     ? std::make_unique<WorkbookEdit>(province_template.workbook())
                     : std::make_unique<WorkbookEdit>(province_template.workbook_path)),
        sheet(mapped_sheet(mapping, *workbook)) {
    workbook->use_shared_strings();
    if (mapping.layout == Layout::kRows) {
      rows = locate_rows(mapping, *workbook, sheet, mapping.header_row);
      next_row = mapping.header_row + 1;
      template_last_row = sheet.last_row();
      model_row = sheet.has_row(next_row) ? next_row : -1;
    } else {
      block_labels(mapping, *workbook, sheet);  // a block must be findable when read back
    }
  }

  void write_field(int row, int col, FieldId field, const Project& project,
                   const Indicator* indicator) {
    write(row, col, field_text(field, project, indicator, mapping));
  }

  void write(int row, int col, const FieldText& value) {
    if (value.number) {
      workbook->set_number(sheet, row, col, value.text);
    } else if (value.text.empty()) {
      workbook->clear(sheet, row, col);
    } else {
      workbook->set_text(sheet, row, col, value.text, warnings);
    }
  }

  // ---- rows layout ----------------------------------------------------------------------------

  void add_row(const Record& record) {
    const int row = next_row++;
    if (row >= xlsx::kMaxRows) return;  // counted, and refused when written
    if (!sheet.has_row(row) && model_row >= 0) {
      sheet.add_row_like(row, model_row);
      workbook->touch(sheet);
    }
    for (const MappedColumn& column : rows.columns) {
      write_field(row, column.col, column.field, *record.project, record.indicator);
    }
    for (const auto& [col, text] : rows.constants) write(row, col, {text, false});
  }

  void finish_rows() {
    // Template rows below ours keep their styles, not their sample values.
    for (int row = next_row; row <= template_last_row; ++row) {
      for (const MappedColumn& column : rows.columns) workbook->clear(sheet, row, column.col);
      for (const auto& [col, text] : rows.constants) workbook->clear(sheet, row, col);
    }
    // Rows cloned from the first data row get its drop-downs.
    if (model_row >= 0 && next_row - 1 > std::max(model_row, template_last_row)) {
      sheet.extend_row_rules(model_row, std::max(model_row, template_last_row) + 1, next_row - 1);
      workbook->touch(sheet);
    }
  }

  // ---- blocks layout --------------------------------------------------------------------------

  void add_block(const Project& project) { pending.push_back(&project); }

  // Blocks are laid out once every project is known: all their rows are made in one pass
  // (block_layout.h), then each block is filled.
  void finish_blocks() {
    if (pending.empty()) return;
    const BlockShape shape{mapping.block_first_row, mapping.block_last_row, mapping.indicator_row};
    std::vector<int> indicator_rows;
    std::int64_t sheet_rows = std::max(sheet.last_row(), shape.last) + 1 - shape.height();
    for (const Project* project : pending) {
      indicator_rows.push_back(std::max<int>(1, static_cast<int>(project->indicators.size())));
      sheet_rows += shape.rows_with(indicator_rows.back());
    }
    check_sheet_holds(sheet_rows);
    const std::vector<int> starts = lay_out_blocks(*workbook, sheet, shape, indicator_rows);
    for (size_t p = 0; p < pending.size(); ++p) {
      fill_block(*pending[p], shape, starts[p], indicator_rows[p]);
    }
  }

  void fill_block(const Project& project, const BlockShape& shape, int start, int indicators) {
    auto place = [&](const CellPosition& cell) {
      return CellPosition{shape.row_of(start, indicators, cell.row - shape.first), cell.col};
    };
    for (const CellField& cell : mapping.cells) {
      CellPosition at = place(cell.cell);
      write_field(at.row, at.col, cell.field, project, nullptr);
    }
    for (const Constant& constant : mapping.constants) {
      CellPosition at = place(*xlsx::parse_cell_reference(constant.where));
      write(at.row, at.col, {constant.text, false});
    }
    const int first_indicator = start + shape.indicator_offset();
    for (int i = 0; i < indicators; ++i) {
      const Indicator* indicator =
          project.indicators.empty() ? nullptr : &project.indicators[static_cast<size_t>(i)];
      for (const IndicatorColumn& column : mapping.indicator_columns) {
        write_field(first_indicator + i, column.col, column.field, project, indicator);
      }
    }
    merge_down(first_indicator, indicators);
  }

  // A sheet holds Excel's 1,048,576 rows: a filling that needs more is refused before anything
  // is written, rather than making a workbook no office program opens. The error names the
  // template's workbook: the fill is handed only the temporary file the output is written to.
  void check_sheet_holds(std::int64_t needed) const {
    if (needed <= xlsx::kMaxRows) return;
    throw Error(ErrorKind::kOutputFailed, workbook->path(),
                "the filings need " + std::to_string(needed) + " rows of sheet '" + mapping.sheet +
                    "', which holds " + std::to_string(xlsx::kMaxRows));
  }

  // Equal values one under another in a merge_down column become one merged cell, as in the
  // Word form; only its first cell keeps the text.
  void merge_down(int first, int count) {
    for (int col : mapping.merge_down) {
      int start = first;
      for (int row = first + 1; row <= first + count; ++row) {
        bool same = row < first + count &&
                    workbook->text(sheet, row, col) == workbook->text(sheet, start, col) &&
                    !workbook->text(sheet, start, col).empty();
        if (same) continue;
        if (row - 1 > start) {
          for (int r = start + 1; r < row; ++r) workbook->clear(sheet, r, col);
          sheet.add_merge({{start, col}, {row - 1, col}});
          workbook->touch(sheet);
        }
        start = row;
      }
    }
  }

  const ProvinceTemplate province_template;  // owns the built-in workbook's bytes
  const Mapping& mapping;
  std::unique_ptr<WorkbookEdit> workbook;
  WorksheetDom& sheet;
  std::vector<std::string> warnings;
  // rows
  RowsLayout rows;
  int next_row = 0;
  int model_row = -1;
  int template_last_row = -1;
  // blocks
  std::vector<const Project*> pending;
  std::vector<Filing> kept;  // the filings whose projects wait in `pending`
};

TemplateFill::TemplateFill(ProvinceTemplate province_template)
    : state_(std::make_unique<State>(std::move(province_template))) {}

TemplateFill::~TemplateFill() = default;

void TemplateFill::add(const Filing& filing) {
  State& state = *state_;
  if (state.mapping.layout == Layout::kRows) {
    for (const Project& project : filing.projects) {
      if (project.indicators.empty()) state.add_row({&project, nullptr});
      for (const Indicator& indicator : project.indicators) state.add_row({&project, &indicator});
    }
  } else {
    state.kept.push_back(filing);
  }
}

WriteReport TemplateFill::write(const std::filesystem::path& file) {
  State& state = *state_;
  if (state.mapping.layout == Layout::kRows) {
    state.check_sheet_holds(state.next_row);
    state.finish_rows();
  } else {
    for (const Filing& filing : state.kept) {
      for (const Project& project : filing.projects) state.add_block(project);
    }
    state.finish_blocks();
  }
  state.workbook->commit(file);
  return {state.warnings};
}

namespace {

// A province's workbook is filled from whole filings: a filing's projects are gathered first.
class GatheredFiling : public FilingStream {
 public:
  explicit GatheredFiling(TemplateFill& fill) : fill_(fill) {}
  void add(const Project& project) override { projects_.push_back(project); }
  WriteReport finish(const Filing& rest) override {
    Filing whole = rest;
    whole.projects = std::move(projects_);
    fill_.add(whole);
    return {};
  }

 private:
  TemplateFill& fill_;
  std::vector<Project> projects_;
};

class CombinedTemplateFill : public CombinedWriter {
 public:
  CombinedTemplateFill(const std::string& template_name, const std::filesystem::path& file)
      : fill_(open_province_template(template_name)), file_(file) {}
  std::unique_ptr<FilingStream> next_filing(const std::string&) override {
    return std::make_unique<GatheredFiling>(fill_);
  }
  // The province's layout has no place for it: the run reports it.
  void add_failure(const std::string&, const std::string&) override {}
  WriteReport finish() override { return fill_.write(file_); }

 private:
  TemplateFill fill_;
  std::filesystem::path file_;
};

}  // namespace

std::unique_ptr<CombinedWriter> open_template_fill(const std::string& template_name,
                                                   const std::filesystem::path& file) {
  return std::make_unique<CombinedTemplateFill>(template_name, file);
}

}  // namespace kpiconv::province
