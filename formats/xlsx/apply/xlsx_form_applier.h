// `kpiconv apply` for an original that is a workbook in kpiconv's form layout (form_layout.h), or
// any workbook laid out like it: the diff's edits are written into the original's cells in place.
//
// - A changed field goes into the cell it was read from, keeping the cell's style; text is written
//   as an inline string (xl/sharedStrings.xml is never rewritten), a number as a number when the
//   cell's format shows it as exactly the new text. A field sharing its cell (the unit line's code
//   and name, "单位：万元") has its part of the text replaced.
// - An added indicator gets a row after its predecessor's (cloned from that row: styles, height,
//   one-row merges), a removed one loses its row; rows below move up or down with every
//   reference to them (merges, dimension, conditional formats, validations, hyperlinks, print
//   area and other defined names, kpiconv's source-text records), and the 一级/二级 merges of the
//   indicator block are laid out again from the edited indicators.
// - A cell of another table changes when the table kept its shape.
// - A project added or removed, a table added, removed or reshaped, an edit whose cell cannot be
//   found: reported, not applied.
// Only the sheets edited (and xl/workbook.xml when a defined name moved, docProps/core.xml for a
// new title) are rewritten; every other entry of the package is copied byte for byte.
#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

class XlsxFormApplier : public EditApplier {
 public:
  std::string_view name() const override { return "xlsx"; }
  ApplyReport apply(const std::string& original_path, const Filing& original, const Filing& edited,
                    const FilingDiff& diff, const std::filesystem::path& file,
                    const std::filesystem::path& output_name) const override;
};

}  // namespace kpiconv
