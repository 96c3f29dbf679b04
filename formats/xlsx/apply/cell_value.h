// One <c> element of a worksheet read and written in place: the text it shows, and new text
// written so that the cell keeps its style (s) and xl/sharedStrings.xml stays as it was — as an
// inline string, or as a number when the cell holds numbers and its format shows the number as
// exactly the new text ("24.50" into a 0.00 cell, "40%" into a 0% cell).
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

#include "formats/xlsx/shared_strings_part.h"
#include "formats/xlsx/styles_part.h"

namespace kpiconv::xlsx::apply {

struct CellContext {
  const SharedStrings& strings;
  const CellFormats& formats;
  bool date1904 = false;
};

// What the cell shows, as the XLSX reader reads it ("" for a blank cell).
std::string cell_text(const xmlNode* cell, const CellContext& context);

// The value of a number cell as stored ("240000", "0.11"), nullopt for any other cell.
std::optional<std::string> cell_number(const xmlNode* cell);

struct CellWritten {
  bool replaced_formula = false;  // the cell held a formula, now gone
  bool as_number = false;
};

// Sets the cell's value to `text`, keeping its s attribute; "" leaves a blank styled cell.
CellWritten write_cell_text(xmlNode* cell, std::string_view text, const CellContext& context);

// Makes the cell name shared string `index` (its text already written, or not).
void set_shared_string(xmlNode* cell, std::size_t index);
// Makes the cell a number holding `decimal` exactly as written, keeping its style.
void write_cell_number(xmlNode* cell, std::string_view decimal);
// Removes the cell's value (and formula), keeping its style.
void clear_cell(xmlNode* cell);

// Characters XML 1.0 cannot hold (control characters other than tab and line breaks) removed;
// `removed` counts them.
std::string xml_safe(std::string_view text, int& removed);

}  // namespace kpiconv::xlsx::apply
