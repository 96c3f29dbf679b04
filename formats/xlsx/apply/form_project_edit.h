// The edits of one project of the diff written into its sheet of a form workbook: its fields into
// their cells, its indicators' fields into theirs, then indicator rows deleted and inserted and
// the 一级/二级 merges of the indicator block laid out again (xlsx_form_applier.h).
#pragma once

#include "converter/diff/filing_diff.h"
#include "converter/registry/format.h"
#include "formats/xlsx/apply/workbook_edit.h"

namespace kpiconv::xlsx::apply {

void apply_project_change(WorkbookEdit& workbook, const Project& before, const Project& after,
                          const ProjectChange& change, ApplyReport& report);

// Writes `after` into the cell `where` names, whose text was `before`: the whole text when the
// cell shows `before` (or shows what kpiconv recorded as written from it), else the one place
// `before` occurs in the cell's text. Returns why not, or "" when written.
std::string write_field(WorkbookEdit& workbook, const Provenance& where, const std::string& before,
                        const std::string& after, std::vector<std::string>& warnings);

}  // namespace kpiconv::xlsx::apply
