#include "converter/diff/filing_diff.h"

#include <map>

#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

void compare(std::vector<FieldChange>& changes, std::string name, const Field& before,
             const Field& after) {
  if (before.text == after.text) return;
  changes.push_back({std::move(name), before.text, after.text, before.where});
}

// Extra columns by heading: a heading on one side only compares with "".
void compare_extras(std::vector<FieldChange>& changes, const std::vector<ExtraField>& before,
                    const std::vector<ExtraField>& after) {
  std::map<std::string, const Field*> after_by_heading;
  for (const ExtraField& extra : after) after_by_heading.emplace(extra.heading, &extra.field);
  static const Field kAbsent;
  for (const ExtraField& extra : before) {
    auto found = after_by_heading.find(extra.heading);
    compare(changes, "extra." + extra.heading, extra.field,
            found == after_by_heading.end() ? kAbsent : *found->second);
    if (found != after_by_heading.end()) after_by_heading.erase(found);
  }
  for (const ExtraField& extra : after) {
    if (after_by_heading.count(extra.heading)) {
      compare(changes, "extra." + extra.heading, kAbsent, extra.field);
    }
  }
}

std::vector<FieldChange> indicator_field_changes(const Indicator& before, const Indicator& after) {
  std::vector<FieldChange> changes;
  for (const IndicatorFieldRef& ref : indicator_fields()) {
    compare(changes, ref.name, before.*ref.field, after.*ref.field);
  }
  compare_extras(changes, before.extras, after.extras);
  return changes;
}

ProjectChange project_change(const Project& before, const Project& after, MatchedPair pair) {
  ProjectChange change;
  change.kind = ChangeKind::kChanged;
  change.pair = pair;
  change.identity = project_identity(after);
  for (const ProjectFieldRef& ref : project_fields()) {
    compare(change.fields, ref.name, field_of(before, ref), field_of(after, ref));
  }
  compare_extras(change.fields, before.extras, after.extras);
  for (const MatchedPair& indicators : match_indicators(before.indicators, after.indicators)) {
    IndicatorChange indicator;
    indicator.pair = indicators;
    if (indicators.added()) {
      indicator.kind = ChangeKind::kAdded;
    } else if (indicators.removed()) {
      indicator.kind = ChangeKind::kRemoved;
    } else {
      indicator.kind = indicators.renamed ? ChangeKind::kRenamed : ChangeKind::kChanged;
      indicator.fields = indicator_field_changes(before.indicators[indicators.before],
                                                 after.indicators[indicators.after]);
      if (indicator.fields.empty()) continue;
    }
    change.indicators.push_back(std::move(indicator));
  }
  return change;
}

std::string cell_text(const Table& table, int row, int col) {
  const Cell* cell = table.at(row, col);
  // Ends trimmed, as the JSON and every writer give it: a workbook keeps no trailing blank line.
  return cell == nullptr || cell->row != row || cell->col != col ? std::string()
                                                                 : std::string(trim(cell->text));
}

TableChange table_change(const GenericTable& before, const GenericTable& after, MatchedPair pair) {
  TableChange change;
  change.pair = pair;
  change.title = after.title;
  const Table& a = before.grid;
  const Table& b = after.grid;
  change.shape_changed = a.rows != b.rows || a.cols != b.cols;
  int rows = std::max(a.rows, b.rows);
  int cols = std::max(a.cols, b.cols);
  for (int row = 0; row < rows; ++row) {
    for (int col = 0; col < cols; ++col) {
      const Cell* old_cell = a.at(row, col);
      const Cell* new_cell = b.at(row, col);
      bool old_starts = old_cell != nullptr && old_cell->row == row && old_cell->col == col;
      bool new_starts = new_cell != nullptr && new_cell->row == row && new_cell->col == col;
      if (!old_starts && !new_starts) continue;
      if (old_starts && new_starts &&
          (old_cell->row_span != new_cell->row_span || old_cell->col_span != new_cell->col_span)) {
        change.shape_changed = true;
      } else if (old_starts != new_starts) {
        change.shape_changed = true;
      }
      std::string old_text = cell_text(a, row, col);
      std::string new_text = cell_text(b, row, col);
      if (old_text == new_text) continue;
      change.cells.push_back({row, col, std::move(old_text), std::move(new_text),
                              old_starts ? a.place_of(*old_cell) : Provenance{}});
    }
  }
  return change;
}

}  // namespace

const std::vector<ProjectFieldRef>& project_fields() {
  static const std::vector<ProjectFieldRef> fields = {
      {"title", &Project::title},
      {"unit_code", &Project::unit_code},
      {"unit_name", &Project::unit_name},
      {"amount_unit", &Project::amount_unit},
      {"code", &Project::code},
      {"name", &Project::name},
      {"budget.total", nullptr, &Budget::total},
      {"budget.fiscal", nullptr, &Budget::fiscal},
      {"budget.other", nullptr, &Budget::other},
      {"purpose", &Project::purpose},
      {"spending_plan[0]", nullptr, nullptr, 0},
      {"spending_plan[1]", nullptr, nullptr, 1},
      {"spending_plan[2]", nullptr, nullptr, 2},
      {"spending_plan[3]", nullptr, nullptr, 3},
      {"goals", &Project::goals},
  };
  return fields;
}

Field& field_of(Project& project, const ProjectFieldRef& ref) {
  if (ref.field != nullptr) return project.*ref.field;
  if (ref.budget_field != nullptr) return project.budget.*ref.budget_field;
  return project.spending_plan[static_cast<size_t>(ref.quarter)];
}

const Field& field_of(const Project& project, const ProjectFieldRef& ref) {
  return field_of(const_cast<Project&>(project), ref);
}

const std::vector<IndicatorFieldRef>& indicator_fields() {
  static const std::vector<IndicatorFieldRef> fields = {
      {"level1", &Indicator::level1}, {"level2", &Indicator::level2},
      {"level3", &Indicator::level3}, {"description", &Indicator::description},
      {"value", &Indicator::value},   {"basis", &Indicator::basis},
  };
  return fields;
}

FilingDiff diff_filings(const Filing& before, const Filing& after) {
  FilingDiff diff;
  if (before.title != after.title)
    diff.filing_fields.push_back({"title", before.title, after.title, {}});
  for (const MatchedPair& pair : match_projects(before.projects, after.projects)) {
    if (pair.added()) {
      diff.projects.push_back(
          {ChangeKind::kAdded, pair, project_identity(after.projects[pair.after]), {}, {}});
    } else if (pair.removed()) {
      diff.projects.push_back(
          {ChangeKind::kRemoved, pair, project_identity(before.projects[pair.before]), {}, {}});
    } else {
      ProjectChange change =
          project_change(before.projects[pair.before], after.projects[pair.after], pair);
      if (!change.fields.empty() || !change.indicators.empty()) {
        diff.projects.push_back(std::move(change));
      }
    }
  }
  for (const MatchedPair& pair : match_tables(before.tables, after.tables)) {
    if (pair.added()) {
      diff.tables.push_back({ChangeKind::kAdded, pair, after.tables[pair.after].title, {}, false});
    } else if (pair.removed()) {
      diff.tables.push_back(
          {ChangeKind::kRemoved, pair, before.tables[pair.before].title, {}, false});
    } else {
      TableChange change = table_change(before.tables[pair.before], after.tables[pair.after], pair);
      if (!change.cells.empty() || change.shape_changed) diff.tables.push_back(std::move(change));
    }
  }
  return diff;
}

const char* to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kAdded:
      return "added";
    case ChangeKind::kRemoved:
      return "removed";
    case ChangeKind::kChanged:
      return "changed";
    case ChangeKind::kRenamed:
      return "renamed";
  }
  return "changed";
}

}  // namespace kpiconv
