#include "formats/province/template_read.h"

#include <algorithm>
#include <map>

#include "converter/error.h"
#include "converter/normalize/normalizer.h"
#include "formats/ooxml/limits.h"
#include "formats/province/field_values.h"
#include "formats/province/template_layout.h"
#include "formats/xlsx/apply/workbook_edit.h"

namespace kpiconv::province {

using xlsx::CellRange;
using xlsx::apply::WorkbookEdit;
using xlsx::apply::WorksheetDom;

namespace {

// Rows searched for the header when the office moved it.
constexpr int kHeaderSearchRows = 30;

class FilledSheet {
 public:
  FilledSheet(WorkbookEdit& workbook, WorksheetDom& sheet)
      : workbook_(workbook), sheet_(sheet), part_(workbook.part_of(sheet.sheet_name())) {
    for (const CellRange& range : sheet.merges()) {
      for (int row = range.first.row; row <= range.last.row; ++row) {
        for (int col = range.first.col; col <= range.last.col; ++col) {
          if (row != range.first.row || col != range.first.col) {
            merged_into_[{row, col}] = {range.first.row, range.first.col};
          }
        }
      }
    }
  }

  // A merged cell reads as its top-left cell, as people see it.
  std::pair<int, int> owner(int row, int col) const {
    auto found = merged_into_.find({row, col});
    return found != merged_into_.end() ? found->second : std::pair{row, col};
  }

  std::string text(int row, int col) const {
    auto [r, c] = owner(row, col);
    return workbook_.text(sheet_, r, c);
  }

  // Amounts and numbers exactly as the cell holds them ("240000", "0.11"); text as shown.
  std::string value(int row, int col, FieldId field) const {
    auto [r, c] = owner(row, col);
    if (is_amount_field(field) || field == FieldId::kNumber) {
      if (std::optional<std::string> number = workbook_.number(sheet_, r, c)) return *number;
    }
    return workbook_.text(sheet_, r, c);
  }

  Provenance where(int row, int col) const {
    auto [r, c] = owner(row, col);
    return {part_, xlsx::sheet_cell_reference(sheet_.sheet_name(), r, c)};
  }
  Provenance row_where(int row) const {
    return {part_,
            sheet_.sheet_name() + "!" + std::to_string(row + 1) + ":" + std::to_string(row + 1)};
  }

  int last_row() const { return sheet_.last_row(); }
  WorksheetDom& sheet() { return sheet_; }

 private:
  WorkbookEdit& workbook_;
  WorksheetDom& sheet_;
  std::string part_;
  std::map<std::pair<int, int>, std::pair<int, int>> merged_into_;
};

// Projects by code and name, in the order first seen.
class ProjectCollector {
 public:
  Project& project_for(const FieldReader& fields, const Provenance& where) {
    Project probe;
    fields.fill_project(probe);
    std::string key = probe.code.text + '\x1f' + probe.name.text;
    auto found = index_.find(key);
    if (found != index_.end()) return projects_[found->second];
    probe.where = where;
    projects_.push_back(std::move(probe));
    index_.emplace(key, projects_.size() - 1);
    return projects_.back();
  }
  std::vector<Project> take() { return std::move(projects_); }

 private:
  std::vector<Project> projects_;
  std::map<std::string, size_t> index_;
};

int find_header_row(const Mapping& mapping, WorkbookEdit& workbook, WorksheetDom& sheet) {
  for (int row : {mapping.header_row}) {
    try {
      locate_rows(mapping, workbook, sheet, row);
      return row;
    } catch (const Error&) {
    }
  }
  for (int row = 0; row < kHeaderSearchRows; ++row) {
    try {
      locate_rows(mapping, workbook, sheet, row);
      return row;
    } catch (const Error&) {
    }
  }
  return -1;
}

std::vector<Project> read_rows(const Mapping& mapping, WorkbookEdit& workbook, WorksheetDom& sheet,
                               int header_row) {
  RowsLayout layout = locate_rows(mapping, workbook, sheet, header_row);
  FilledSheet filled(workbook, sheet);
  ProjectCollector projects;
  for (int row = header_row + 1; row <= filled.last_row(); ++row) {
    FieldReader fields(mapping);
    bool any = false;
    for (const MappedColumn& column : layout.columns) {
      std::string value = filled.value(row, column.col, column.field);
      any = any || !is_blank(value);
      fields.set(column.field, value, filled.where(row, column.col));
    }
    if (!any || !fields.has_project_identity()) continue;
    Project& project = projects.project_for(fields, filled.row_where(row));
    if (fields.has_indicator()) {
      Indicator indicator = fields.indicator();
      indicator.row = filled.row_where(row);
      project.indicators.push_back(std::move(indicator));
    }
  }
  return projects.take();
}

// Rows where a block starts: every label of the template's block is there.
std::vector<int> block_starts(const std::vector<BlockLabel>& labels, const FilledSheet& filled) {
  std::vector<int> starts;
  for (int row = 0; row <= filled.last_row(); ++row) {
    bool all = true;
    for (const BlockLabel& label : labels) {
      if (label_key(filled.text(row + label.row_offset, label.col)) != label_key(label.text)) {
        all = false;
        break;
      }
    }
    if (all) starts.push_back(row);
  }
  return starts;
}

std::vector<Project> read_blocks(const Mapping& mapping, const std::vector<BlockLabel>& labels,
                                 int template_footer_rows, WorkbookEdit& workbook,
                                 WorksheetDom& sheet) {
  FilledSheet filled(workbook, sheet);
  std::vector<int> starts = block_starts(labels, filled);
  const int height = mapping.block_last_row - mapping.block_first_row + 1;
  const int indicator_offset = mapping.indicator_row - mapping.block_first_row;
  std::vector<Project> projects;
  for (size_t b = 0; b < starts.size(); ++b) {
    const int start = starts[b];
    const int end =
        b + 1 < starts.size() ? starts[b + 1] : filled.last_row() + 1 - template_footer_rows;
    const int indicators = std::max(1, (end - start) - (height - 1));
    FieldReader fields(mapping);
    for (const CellField& cell : mapping.cells) {
      int offset = cell.cell.row - mapping.block_first_row;
      int row = start + offset + (offset > indicator_offset ? indicators - 1 : 0);
      fields.set(cell.field, filled.value(row, cell.cell.col, cell.field),
                 filled.where(row, cell.cell.col));
    }
    Project project;
    fields.fill_project(project);
    project.where = filled.row_where(start);
    for (int i = 0; i < indicators; ++i) {
      const int row = start + indicator_offset + i;
      FieldReader indicator_fields(mapping);
      for (const IndicatorColumn& column : mapping.indicator_columns) {
        indicator_fields.set(column.field, filled.value(row, column.col, column.field),
                             filled.where(row, column.col));
      }
      if (!indicator_fields.has_indicator()) continue;
      Indicator indicator = indicator_fields.indicator();
      indicator.row = filled.row_where(row);
      project.indicators.push_back(std::move(indicator));
    }
    projects.push_back(std::move(project));
  }
  return projects;
}

std::unique_ptr<WorkbookEdit> open_template_workbook(const ProvinceTemplate& province_template) {
  return province_template.built_in()
             ? std::make_unique<WorkbookEdit>(province_template.workbook())
             : std::make_unique<WorkbookEdit>(province_template.workbook_path);
}

// The filing, or nullopt when the workbook is not laid out as the template says.
std::optional<Filing> try_read(const std::string& path, WorkbookEdit& workbook,
                               const ProvinceTemplate& province_template) {
  const Mapping& mapping = province_template.mapping;
  WorksheetDom* sheet = workbook.sheet(mapping.sheet);
  if (sheet == nullptr) return std::nullopt;
  Filing filing;
  filing.source = {path, "xlsx"};
  if (mapping.layout == Layout::kRows) {
    int header = find_header_row(mapping, workbook, *sheet);
    if (header < 0) return std::nullopt;
    filing.projects = read_rows(mapping, workbook, *sheet, header);
  } else {
    std::unique_ptr<WorkbookEdit> blank = open_template_workbook(province_template);
    WorksheetDom& template_sheet = mapped_sheet(mapping, *blank);
    std::vector<BlockLabel> labels = block_labels(mapping, *blank, template_sheet);
    int footer = std::max(0, template_sheet.last_row() - mapping.block_last_row);
    filing.projects = read_blocks(mapping, labels, footer, workbook, *sheet);
    if (filing.projects.empty()) return std::nullopt;
  }
  filing.findings.push_back(
      {"province-template", Severity::kInfo,
       "按模板“" + province_template.name + "”的映射读入（" + mapping.file + "）", "",
       Provenance{workbook.part_of(mapping.sheet), mapping.sheet}});
  return filing;
}

}  // namespace

Filing read_filled_template(const std::string& path, const ProvinceTemplate& province_template,
                            const ReadOptions& options) {
  WorkbookEdit workbook(path, ooxml::PackageLimits::from(options));
  std::optional<Filing> filing = try_read(path, workbook, province_template);
  if (!filing) {
    throw_unreadable(path, "not laid out as template '" + province_template.name +
                               "' says (sheet '" + province_template.mapping.sheet +
                               "' with its headings or blocks)");
  }
  return std::move(*filing);
}

std::optional<Filing> read_any_filled_template(const std::string& path,
                                               const ReadOptions& options) {
  const ooxml::PackageLimits limits = ooxml::PackageLimits::from(options);
  // Cheap first: only a workbook with a template's sheet is opened for editing-grade reading.
  std::vector<std::string> sheets;
  try {
    sheets = xlsx::apply::worksheet_names(path, limits);
  } catch (const Error&) {
    return std::nullopt;
  }
  std::vector<ProvinceTemplate> candidates;
  for (ProvinceTemplate& province_template : installed_province_templates()) {
    if (std::find(sheets.begin(), sheets.end(), province_template.mapping.sheet) != sheets.end()) {
      candidates.push_back(std::move(province_template));
    }
  }
  if (candidates.empty()) return std::nullopt;
  try {
    WorkbookEdit workbook(path, limits);
    for (const ProvinceTemplate& province_template : candidates) {
      if (std::optional<Filing> filing = try_read(path, workbook, province_template)) {
        return filing;
      }
    }
  } catch (const Error&) {
    // Not readable as a filled template: the ordinary reader says what is wrong with it.
  }
  return std::nullopt;
}

}  // namespace kpiconv::province
