#include "formats/xlsx/apply/form_project_edit.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace kpiconv::xlsx::apply {
namespace {

// Columns of 一级, 二级, 三级, 描述, 指标值, 依据 in kpiconv's form layout (form_layout.cpp), for a
// project whose indicators do not say where theirs are.
constexpr int kFormColumns[6] = {0, 1, 2, 3, 5, 6};

struct IndicatorRow {
  int row = 0;
  int before = -1;  // index in the original project, -1 for an added indicator
  int after = -1;   // index in the edited project, -1 for a removed one
};

std::string indicator_label(int index) {
  return "indicator " + std::to_string(index + 1);
}

bool range_less(const CellRange& a, const CellRange& b) {
  return std::tie(a.first.row, a.first.col, a.last.row, a.last.col) <
         std::tie(b.first.row, b.first.col, b.last.row, b.last.col);
}

class ProjectEdit {
 public:
  ProjectEdit(WorkbookEdit& workbook, const Project& before, const Project& after,
              const ProjectChange& change, ApplyReport& report)
      : workbook_(workbook),
        before_(before),
        after_(after),
        change_(change),
        report_(report),
        sheet_name_(before.where.locator) {}

  void run() {
    for (const FieldChange& field : change_.fields) write_project_field(field);
    bool relayout = false;
    for (const IndicatorChange& indicator : change_.indicators) {
      if (indicator.kind != ChangeKind::kChanged && indicator.kind != ChangeKind::kRenamed) {
        continue;
      }
      for (const FieldChange& field : indicator.fields) {
        if (field.field == "level1" || field.field == "level2") relayout = true;
        AppliedEdit edit = edit_of(indicator_label(indicator.pair.before) + " " + field.field,
                                   field.before, field.after, field.where);
        if (field.field.starts_with("extra.")) {
          fail(edit, "a column kpiconv does not know has no cell in the form");
        } else {
          fail(edit,
               write_field(workbook_, field.where, field.before, field.after, report_.warnings));
        }
        report_.edits.push_back(std::move(edit));
      }
    }
    restructure(relayout);
  }

 private:
  AppliedEdit edit_of(std::string what, std::string before, std::string after,
                      Provenance where) const {
    AppliedEdit edit;
    edit.project = change_.identity;
    edit.what = std::move(what);
    edit.before = std::move(before);
    edit.after = std::move(after);
    edit.where = std::move(where);
    return edit;
  }

  static void fail(AppliedEdit& edit, std::string problem) {
    if (problem.empty()) return;
    edit.applied = false;
    edit.problem = std::move(problem);
  }

  void write_project_field(const FieldChange& field) {
    AppliedEdit edit = edit_of(field.field, field.before, field.after, field.where);
    if (field.field.starts_with("extra.")) {
      fail(edit, "a column kpiconv does not know has no cell in the form");
    } else {
      fail(edit, write_field(workbook_, field.where, field.before, field.after, report_.warnings));
    }
    report_.edits.push_back(std::move(edit));
  }

  // The column of each indicator field, from where the original's indicators were read.
  void find_columns() {
    std::copy(std::begin(kFormColumns), std::end(kFormColumns), columns_);
    const std::vector<IndicatorFieldRef>& fields = indicator_fields();
    for (size_t f = 0; f < fields.size() && f < 6; ++f) {
      for (const Indicator& indicator : before_.indicators) {
        std::optional<SheetPlace> place = parse_locator((indicator.*fields[f].field).where.locator);
        if (place && place->col >= 0 && place->sheet == sheet_name_) {
          columns_[f] = place->col;
          break;
        }
      }
    }
  }

  // Rows of the original's indicators; false when one cannot be found on the project's sheet.
  bool find_rows(std::vector<IndicatorRow>& rows) {
    for (size_t i = 0; i < before_.indicators.size(); ++i) {
      std::optional<SheetPlace> place = parse_locator(before_.indicators[i].row.locator);
      if (!place || place->sheet != sheet_name_) return false;
      rows.push_back({place->row, static_cast<int>(i), -1});
    }
    return true;
  }

  // The heading row of an indicator table without indicators: the row naming 一级指标.
  std::optional<int> heading_row() {
    for (const auto& [position, cell] : sheet_->cells()) {
      if (workbook_.text(*sheet_, position.row, position.col) == "一级指标") return position.row;
    }
    return std::nullopt;
  }

  void restructure(bool relayout) {
    std::vector<MatchedPair> pairs = match_indicators(before_.indicators, after_.indicators);
    std::vector<AppliedEdit> edits;  // additions and removals, reported in the order of pairs
    bool structural = false;
    for (const MatchedPair& pair : pairs) {
      if (pair.added()) {
        structural = true;
        edits.push_back(edit_of(indicator_label(pair.after) + " added", "",
                                after_.indicators[static_cast<size_t>(pair.after)].level3.text,
                                {}));
      } else if (pair.removed()) {
        structural = true;
        const Indicator& removed = before_.indicators[static_cast<size_t>(pair.before)];
        edits.push_back(edit_of(indicator_label(pair.before) + " removed", removed.level3.text, "",
                                removed.row));
      }
    }
    if (!structural && !relayout) return;
    sheet_ = workbook_.sheet(sheet_name_);
    std::vector<IndicatorRow> rows;
    std::optional<int> heading;
    if (sheet_ != nullptr && find_rows(rows)) {
      heading = rows.empty() ? heading_row() : std::optional<int>(rows.front().row - 1);
    }
    if (sheet_ == nullptr || !heading) {
      std::string problem =
          sheet_ == nullptr ? "the original has no sheet \"" + sheet_name_ + "\""
                            : "the indicator rows of the project cannot be found in the original";
      for (AppliedEdit& edit : edits) fail(edit, problem);
      if (relayout && sheet_ != nullptr) report_.warnings.push_back(problem);
      append(edits);
      return;
    }
    find_columns();
    for (const MatchedPair& pair : pairs) {
      if (pair.added() || pair.removed()) continue;
      for (IndicatorRow& row : rows) {
        if (row.before == pair.before) row.after = pair.after;
      }
    }
    warn_if_reordered(pairs);
    // Additions first, while every original row is there to clone: after the indicator before it
    // in the edited project, or before the first row.
    size_t next_edit = 0;
    for (const MatchedPair& pair : pairs) {
      if (!pair.added()) {
        if (pair.removed()) ++next_edit;
        continue;
      }
      ++next_edit;
      int at = *heading + 1;
      int clone_from = *heading;
      auto predecessor = std::find_if(rows.begin(), rows.end(), [&](const IndicatorRow& row) {
        return row.after >= 0 && row.after == pair.after - 1;
      });
      if (pair.after > 0 && predecessor != rows.end()) {
        at = predecessor->row + 1;
        clone_from = predecessor->row;
      } else if (!rows.empty()) {
        at = std::min_element(rows.begin(), rows.end(), [](auto& a, auto& b) {
               return a.row < b.row;
             })->row;
        clone_from = at;
      }
      workbook_.insert_row(*sheet_, at, clone_from);
      for (IndicatorRow& row : rows) {
        if (row.row >= at) ++row.row;
      }
      rows.push_back({at, -1, pair.after});
    }
    // Then removals, bottom up.
    std::sort(rows.begin(), rows.end(),
              [](const IndicatorRow& a, const IndicatorRow& b) { return a.row < b.row; });
    for (size_t i = rows.size(); i-- > 0;) {
      if (rows[i].after >= 0) continue;
      int gone = rows[i].row;
      workbook_.erase_row(*sheet_, gone);
      rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
      for (IndicatorRow& row : rows) {
        if (row.row > gone) --row.row;
      }
    }
    // The added rows' cells, and where they ended up.
    const std::vector<IndicatorFieldRef>& fields = indicator_fields();
    std::string part = workbook_.part_of(sheet_name_);
    next_edit = 0;
    for (const MatchedPair& pair : pairs) {
      if (!pair.added()) {
        if (pair.removed()) ++next_edit;
        continue;
      }
      AppliedEdit& edit = edits[next_edit++];
      const Indicator& added = after_.indicators[static_cast<size_t>(pair.after)];
      for (const IndicatorRow& row : rows) {
        if (row.before >= 0 || row.after != pair.after) continue;
        for (size_t f = 0; f < fields.size() && f < 6; ++f) {
          workbook_.set_text(*sheet_, row.row, columns_[f], (added.*fields[f].field).text,
                             report_.warnings);
        }
        std::string number = std::to_string(row.row + 1);
        edit.where = Provenance{part, quote_sheet_name(sheet_name_) + "!" + number + ":" + number};
      }
      if (!added.extras.empty()) {
        report_.warnings.push_back(change_.identity + " " + edit.what +
                                   ": columns kpiconv does not know have no cell in the form");
      }
    }
    append(edits);
    lay_out_groups(rows);
  }

  void warn_if_reordered(const std::vector<MatchedPair>& pairs) {
    int last = -1;
    for (const MatchedPair& pair : pairs) {
      if (pair.added() || pair.removed()) continue;
      if (pair.before < last) {
        report_.warnings.push_back(
            "the edited filing orders the indicators of " + change_.identity +
            " differently; apply does not move rows, so they keep the original's order");
        return;
      }
      last = pair.before;
    }
  }

  // 一级 merged down its group and 二级 down its run within the group, as form_layout.cpp does,
  // over the indicator rows as they now are; the text in each group's top cell.
  void lay_out_groups(const std::vector<IndicatorRow>& rows) {
    if (rows.empty()) return;
    const int first = rows.front().row;
    const int last = rows.back().row;
    std::set<std::tuple<int, int, int, int>> wanted;
    for (int level = 0; level < 2; ++level) {
      const int col = columns_[level];
      auto key = [&](const IndicatorRow& row) {
        const Indicator& indicator = after_.indicators[static_cast<size_t>(row.after)];
        return level == 0 ? indicator.level1.text
                          : indicator.level1.text + "\x1f" + indicator.level2.text;
      };
      for (size_t start = 0; start < rows.size();) {
        size_t end = start + 1;
        while (end < rows.size() && rows[end].row == rows[end - 1].row + 1 &&
               key(rows[end]) == key(rows[start])) {
          ++end;
        }
        const Indicator& top = after_.indicators[static_cast<size_t>(rows[start].after)];
        const std::string& text = level == 0 ? top.level1.text : top.level2.text;
        if (workbook_.text(*sheet_, rows[start].row, col) != text ||
            workbook_.recorded_source(*sheet_, rows[start].row, col) != nullptr) {
          workbook_.set_text(*sheet_, rows[start].row, col, text, report_.warnings);
        }
        for (size_t i = start + 1; i < end; ++i) workbook_.clear(*sheet_, rows[i].row, col);
        if (end - start > 1) wanted.insert({rows[start].row, col, rows[end - 1].row, col});
        start = end;
      }
    }
    std::set<std::tuple<int, int, int, int>> existing;
    std::vector<size_t> existing_index;
    const std::vector<CellRange>& merges = sheet_->merges();
    for (size_t i = 0; i < merges.size(); ++i) {
      const CellRange& range = merges[i];
      bool level_column = range.first.col == range.last.col &&
                          (range.first.col == columns_[0] || range.first.col == columns_[1]);
      if (level_column && range.first.row >= first && range.last.row <= last) {
        existing.insert({range.first.row, range.first.col, range.last.row, range.last.col});
        existing_index.push_back(i);
      }
    }
    if (existing == wanted) return;
    for (size_t i = existing_index.size(); i-- > 0;) sheet_->remove_merge(existing_index[i]);
    std::vector<CellRange> added;
    for (const auto& [r1, c1, r2, c2] : wanted) added.push_back({{r1, c1}, {r2, c2}});
    std::sort(added.begin(), added.end(), range_less);
    for (const CellRange& range : added) sheet_->add_merge(range);
    workbook_.touch(*sheet_);
  }

  void append(std::vector<AppliedEdit>& edits) {
    for (AppliedEdit& edit : edits) report_.edits.push_back(std::move(edit));
  }

  WorkbookEdit& workbook_;
  const Project& before_;
  const Project& after_;
  const ProjectChange& change_;
  ApplyReport& report_;
  std::string sheet_name_;
  WorksheetDom* sheet_ = nullptr;
  int columns_[6] = {};
};

}  // namespace

std::string write_field(WorkbookEdit& workbook, const Provenance& where, const std::string& before,
                        const std::string& after, std::vector<std::string>& warnings) {
  std::optional<SheetPlace> place = parse_locator(where.locator);
  if (where.empty() || !place || place->col < 0) {
    return "the original has no cell for it";
  }
  WorksheetDom* sheet = workbook.sheet(place->sheet);
  if (sheet == nullptr) return "the original has no sheet \"" + place->sheet + "\"";
  std::string current = workbook.text(*sheet, place->row, place->col);
  const std::string* recorded = workbook.recorded_source(*sheet, place->row, place->col);
  std::string text;
  if (current == before || (recorded != nullptr && *recorded == before)) {
    text = after;
  } else if (current == after && recorded == nullptr) {
    return "";  // written already (a cell several indicators share)
  } else if (size_t at = before.empty() ? std::string::npos : current.find(before);
             at != std::string::npos && current.find(before, at + 1) == std::string::npos) {
    text = current;
    text.replace(at, before.size(), after);
  } else {
    return "cell " + where.locator + " holds \"" + current + "\", not \"" + before + "\"";
  }
  if (text == current && recorded == nullptr) return "";
  workbook.set_text(*sheet, place->row, place->col, text, warnings);
  return "";
}

void apply_project_change(WorkbookEdit& workbook, const Project& before, const Project& after,
                          const ProjectChange& change, ApplyReport& report) {
  ProjectEdit(workbook, before, after, change, report).run();
}

}  // namespace kpiconv::xlsx::apply
