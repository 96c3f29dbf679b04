// Edits of the filing's other tables: cell texts are written; tables added or removed and rows,
// columns or merges changed are reported, not made.
#include "converter/diff/diff_report.h"
#include "converter/normalize/normalizer.h"
#include "formats/docx/apply/edit_context.h"
#include "formats/docx/apply/text_setter.h"
#include "formats/docx/apply/wml_dom.h"

namespace kpiconv::docx_apply {
namespace {}  // namespace

void apply_table_change(EditContext& context, const TableChange& change,
                        const GenericTable* original, int number) {
  const std::string table = "table " + std::to_string(number);
  auto report = [&](AppliedEdit edit, const std::string& problem) {
    edit.applied = problem.empty();
    edit.problem = problem;
    context.report.edits.push_back(std::move(edit));
  };
  if (change.kind == ChangeKind::kAdded) {
    report({"", table + " added", "", change.title, {}, false, {}},
           "a table the original does not have is not added; only the cells of its tables are "
           "written");
    return;
  }
  if (change.kind == ChangeKind::kRemoved) {
    report({"",
            table + " removed",
            change.title,
            "",
            original ? original->grid.where : Provenance{},
            false,
            {}},
           "tables are not removed from the document; only their cells are written");
    return;
  }
  if (change.shape_changed) {
    report({"",
            table + " rows and columns",
            change.title,
            change.title,
            original ? original->grid.where : Provenance{},
            false,
            {}},
           "rows, columns or merged cells of other tables changed; only cell texts are written");
  }
  for (const CellChange& cell : change.cells) {
    AppliedEdit edit{"",          table + " cell " + cell_name(cell.row, cell.col),
                     cell.before, cell.after,
                     cell.where,  true,
                     {}};
    std::string problem;
    xmlNode* element = context.find(cell.where, problem);
    if (element == nullptr) {
      report(std::move(edit), problem);
      continue;
    }
    std::string current(trim(reader_text(element)));
    if (current != trim(cell.before)) {
      report(std::move(edit),
             "the original has \"" + current + "\" there, not \"" + cell.before + "\"");
      continue;
    }
    set_text(element, cell.after, nullptr, context.replaced);
    context.changed = true;
    report(std::move(edit), {});
  }
}

}  // namespace kpiconv::docx_apply
