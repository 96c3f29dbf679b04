// What the edits of one `apply` share: the main part's tree, the locators of the original, the
// report they add to, and the rows taken out (freed once the part is written).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <vector>

#include "converter/diff/filing_diff.h"
#include "converter/registry/format.h"
#include "formats/docx/apply/locator_index.h"

namespace kpiconv::docx_apply {

struct NodeFree {
  void operator()(xmlNode* node) const { xmlFreeNode(node); }
};

struct EditContext {
  std::string part;  // the main part's name, as provenance says it
  LocatorIndex& index;
  ApplyReport& report;
  size_t replaced = 0;   // control characters made U+FFFD
  bool changed = false;  // the part differs from the original
  std::vector<std::unique_ptr<xmlNode, NodeFree>> removed;

  // The element `where` names, or nullptr with `problem` saying why.
  xmlNode* find(const Provenance& where, std::string& problem) const;
  // Writes a field's new text where the field was read: the whole cell (or paragraph) when it
  // says just `before`, else `before` replaced inside it ("单位：万元" → "单位：元"). Sets
  // edit.applied / edit.problem.
  void write_field(AppliedEdit& edit);
};

// The edits of one project of the diff (fields and indicators), added to the report.
void apply_project_change(EditContext& context, const ProjectChange& change,
                          const Project& original, const Project& edited);
// The edits of one other table.
void apply_table_change(EditContext& context, const TableChange& change,
                        const GenericTable* original, int number);

}  // namespace kpiconv::docx_apply
