#include "formats/xlsx/apply/xlsx_form_applier.h"

#include "formats/xlsx/apply/form_project_edit.h"
#include "formats/xlsx/apply/workbook_edit.h"

namespace kpiconv {
namespace {

using xlsx::apply::WorkbookEdit;

AppliedEdit not_applied(std::string project, std::string what, std::string before,
                        std::string after, Provenance where, std::string problem) {
  AppliedEdit edit;
  edit.project = std::move(project);
  edit.what = std::move(what);
  edit.before = std::move(before);
  edit.after = std::move(after);
  edit.where = std::move(where);
  edit.applied = false;
  edit.problem = std::move(problem);
  return edit;
}

void apply_title(WorkbookEdit& workbook, const FieldChange& change, ApplyReport& report) {
  AppliedEdit edit;
  edit.what = change.field;
  edit.before = change.before;
  edit.after = change.after;
  edit.where = change.where;
  if (!workbook.set_title(change.after, report.warnings)) {
    edit.applied = false;
    edit.problem = "the workbook has neither document properties nor a 来源 sheet to hold a title";
  }
  report.edits.push_back(std::move(edit));
}

void apply_table_change(WorkbookEdit& workbook, const TableChange& change, ApplyReport& report) {
  const std::string table =
      "table " +
      std::to_string((change.pair.before >= 0 ? change.pair.before : change.pair.after) + 1);
  if (change.kind == ChangeKind::kAdded || change.kind == ChangeKind::kRemoved) {
    report.edits.push_back(not_applied(
        "", table + " " + to_string(change.kind),
        change.kind == ChangeKind::kRemoved ? change.title : "",
        change.kind == ChangeKind::kAdded ? change.title : "", {},
        "apply does not add or remove sheets; convert the edited filing to get a new workbook"));
    return;
  }
  if (change.shape_changed) {
    report.edits.push_back(not_applied("", table + " shape", "", "", {},
                                       "the table \"" + change.title +
                                           "\" changed its rows, columns or merged cells; apply "
                                           "writes the texts of a table that kept its shape"));
    return;
  }
  for (const CellChange& cell : change.cells) {
    AppliedEdit edit;
    std::string reference;
    xlsx::append_cell_reference(reference, cell.row, cell.col);
    edit.what = table + " cell " + reference;
    edit.before = cell.before;
    edit.after = cell.after;
    edit.where = cell.where;
    std::string problem =
        xlsx::apply::write_field(workbook, cell.where, cell.before, cell.after, report.warnings);
    if (!problem.empty()) {
      edit.applied = false;
      edit.problem = std::move(problem);
    }
    report.edits.push_back(std::move(edit));
  }
}

}  // namespace

ApplyReport XlsxFormApplier::apply(const std::string& original_path, const Filing& original,
                                   const Filing& edited, const FilingDiff& diff,
                                   const std::filesystem::path& file,
                                   const std::filesystem::path& /*output_name*/) const {
  ApplyReport report;
  WorkbookEdit workbook(original_path);
  for (const FieldChange& change : diff.filing_fields) {
    if (change.field == "title") {
      apply_title(workbook, change, report);
    } else {
      report.edits.push_back(not_applied("", change.field, change.before, change.after,
                                         change.where, "no place for it in a workbook"));
    }
  }
  for (const ProjectChange& change : diff.projects) {
    if (change.kind == ChangeKind::kAdded) {
      const Project& added = edited.projects[static_cast<size_t>(change.pair.after)];
      report.edits.push_back(not_applied(
          change.identity, "project added", "", added.name.text, {},
          "apply does not add a project's sheet to a form workbook; convert the edited filing "
          "to get one"));
    } else if (change.kind == ChangeKind::kRemoved) {
      const Project& removed = original.projects[static_cast<size_t>(change.pair.before)];
      report.edits.push_back(not_applied(
          change.identity, "project removed", removed.name.text, "", removed.where,
          "apply does not remove a project's sheet from a form workbook; delete the sheet by "
          "hand or convert the edited filing"));
    } else {
      xlsx::apply::apply_project_change(
          workbook, original.projects[static_cast<size_t>(change.pair.before)],
          edited.projects[static_cast<size_t>(change.pair.after)], change, report);
    }
  }
  for (const TableChange& change : diff.tables) apply_table_change(workbook, change, report);
  workbook.commit(file);
  return report;
}

}  // namespace kpiconv
