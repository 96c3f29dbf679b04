#include "formats/province/template_fill.h"

#include <algorithm>

#include "converter/atomic_output.h"
#include "converter/error.h"
#include "formats/province/field_values.h"
#include "formats/province/template_layout.h"

namespace kpiconv::province {

using xlsx::CellPosition;
using xlsx::CellRange;
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
      block_height = mapping.block_last_row - mapping.block_first_row + 1;
      cursor = mapping.block_first_row;
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

  // Blocks are laid out once every project is known: each needs the pristine block copied
  // before its own indicator rows are added.
  void finish_blocks() {
    if (pending.empty()) return;
    const int indicator_offset = mapping.indicator_row - mapping.block_first_row;
    for (size_t p = 0; p < pending.size(); ++p) {
      const Project& project = *pending[p];
      if (p + 1 < pending.size()) copy_block(cursor, cursor + block_height);
      const int indicators = std::max<int>(1, static_cast<int>(project.indicators.size()));
      const int first_indicator = cursor + indicator_offset;
      grow_indicator_rows(first_indicator, indicators);
      auto place = [&](const CellPosition& cell) {
        int offset = cell.row - mapping.block_first_row;
        int row = cursor + offset + (offset > indicator_offset ? indicators - 1 : 0);
        return CellPosition{row, cell.col};
      };
      for (const CellField& cell : mapping.cells) {
        CellPosition at = place(cell.cell);
        write_field(at.row, at.col, cell.field, project, nullptr);
      }
      for (const Constant& constant : mapping.constants) {
        CellPosition at = place(*xlsx::parse_cell_reference(constant.where));
        write(at.row, at.col, {constant.text, false});
      }
      for (int i = 0; i < indicators; ++i) {
        const Indicator* indicator =
            project.indicators.empty() ? nullptr : &project.indicators[static_cast<size_t>(i)];
        for (const IndicatorColumn& column : mapping.indicator_columns) {
          write_field(first_indicator + i, column.col, column.field, project, indicator);
        }
      }
      merge_down(first_indicator, indicators);
      cursor += block_height + indicators - 1;
    }
  }

  // A copy of the block at rows first.. (values, styles, merges, drop-downs) inserted at `at`.
  void copy_block(int first, int at) {
    for (int k = 0; k < block_height; ++k) {
      workbook->insert_row_copy(sheet, at + k, first + k);
      sheet.extend_row_rules(first + k, at + k, at + k);
    }
    std::vector<CellRange> copies;
    for (const CellRange& range : sheet.merges()) {
      if (range.first.row >= first && range.last.row < first + block_height &&
          range.first.row != range.last.row) {
        CellRange copy = range;
        copy.first.row += at - first;
        copy.last.row += at - first;
        copies.push_back(copy);
      }
    }
    for (const CellRange& copy : copies) sheet.add_merge(copy);
    workbook->touch(sheet);
  }

  // The indicator row at `row` repeated to `count` rows; merges ending at it (a label beside the
  // indicators) grow with it.
  void grow_indicator_rows(int row, int count) {
    if (count <= 1) return;
    std::vector<size_t> ending_here;
    for (size_t i = 0; i < sheet.merges().size(); ++i) {
      const CellRange& range = sheet.merges()[i];
      if (range.last.row == row && range.first.row < row) ending_here.push_back(i);
    }
    std::vector<CellRange> grown;
    for (auto it = ending_here.rbegin(); it != ending_here.rend(); ++it) {
      CellRange range = sheet.merges()[*it];
      range.last.row += count - 1;
      grown.push_back(range);
      sheet.remove_merge(*it);
    }
    for (int i = 1; i < count; ++i) workbook->insert_row(sheet, row + i, row);
    for (const CellRange& range : grown) sheet.add_merge(range);
    sheet.extend_row_rules(row, row + 1, row + count - 1);
    workbook->touch(sheet);
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
  int block_height = 0;
  int cursor = 0;
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
