// A worksheet part held as a libxml2 tree for `kpiconv apply`: cells found or made by position,
// rows inserted (cloned from a sibling row: its cell styles, height and one-row merges) and
// deleted with everything below moved — rows and cells, merged ranges, the dimension, conditional
// formats, data validations, hyperlinks, the autofilter, selections, page breaks and the sheet's
// own formulas. Rows are 0-based.
#pragma once

#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/xml_document.h"
#include "formats/xlsx/apply/row_shift.h"
#include "formats/xlsx/cell_reference.h"

namespace kpiconv::xlsx::apply {

class WorksheetDom {
 public:
  // Throws Error(kUnreadable, file, …) when the part is not a worksheet.
  WorksheetDom(std::string_view xml, std::string sheet_name, const std::string& file);

  const std::string& sheet_name() const { return sheet_name_; }
  // The <c> at the position, or nullptr.
  xmlNode* find_cell(int row, int col) const;
  // The <c> at the position, made (with its row) when missing.
  xmlNode* cell(int row, int col);
  // Rows holding a <row> element in sheetData.
  bool has_row(int row) const { return find_row(row) != nullptr; }
  // The last row holding a <row> element, -1 for an empty sheet.
  int last_row() const;
  // Every <c> of the sheet with its position, in XML order.
  std::vector<std::pair<CellPosition, xmlNode*>> cells() const;
  // Whether any cell of the sheet holds a formula.
  bool has_formulas() const;

  // Inserts an empty row before `row`, styled like `clone_from` (numbered before the insertion);
  // with `keep_values`, a copy of it, values and all.
  void insert_row(int row, int clone_from, bool keep_values = false);
  // Opens `count` rows before `row` in one pass over the sheet: everything from `row` down moves
  // as `count` insert_row calls would move it, and the opened rows are left without elements
  // for place_row_copy to fill.
  void open_rows(int row, int count);
  // A copy of row `source` as row `row`, which has no element yet: its cells' styles and its
  // height, and with `keep_values` its values. Nothing moves and no merge is copied; a source
  // without an element leaves `row` without one.
  void place_row_copy(int source, int row, bool keep_values);
  // A new row `row` past the last one, styled like `model` (its cells' styles, height and one-row
  // merges): nothing below it moves, so ranges reaching into the empty rows stay as they are.
  void add_row_like(int row, int model);
  // Gives rows first..last the data validations and conditional formats that cover row `source`
  // alone (a drop-down of a template's row, for rows cloned from it).
  struct RowRuleCopy {
    int source = 0;
    int first = 0;
    int last = 0;
  };
  void extend_row_rules(int source, int first, int last);
  // The same for many copies at once, each rule read and rewritten once: ranges are added in the
  // order of `copies`.
  void extend_row_rules(const std::vector<RowRuleCopy>& copies);
  void erase_row(int row);

  const std::vector<CellRange>& merges() const { return merges_; }
  void remove_merge(std::size_t index);
  void add_merge(const CellRange& range);
  // Removes the merged ranges lying within rows first..last and returns them, in one pass.
  std::vector<CellRange> take_merges(int first, int last);

  // The part's text with every change made.
  std::string xml();

 private:
  xmlNode* find_row(int row) const;
  // rows_ made afresh from sheetData (after rows were renumbered).
  void index_rows();
  // `node` (a <row> numbered `row`, not yet in the tree) put into sheetData in row order.
  void insert_row_node(xmlNode* node, int row);
  // A detached copy of the <row> `source` numbered `row`: its cells' styles, and with
  // `keep_values` their values; extensions of the source row's own are left out.
  xmlNode* copy_of_row(xmlNode* source, int row, bool keep_values);
  // The style index (s) of a column's <col style>, nullopt when none.
  std::optional<std::string> column_style(int col) const;
  xmlNode* make_row(int row);
  void apply_shift(const RowShift& shift);
  void shift_attributes(xmlNode* node, const RowShift& shift);
  void write_merges();
  void write_dimension();

  std::string sheet_name_;
  ooxml::XmlDocument document_;
  xmlNode* sheet_data_ = nullptr;
  // sheetData's <row> elements by 0-based row (the first in XML order when a file repeats a
  // number), so that finding or making a row does not walk the rows above it.
  std::map<int, xmlNode*> rows_;
  std::vector<CellRange> merges_;
  bool merges_changed_ = false;
  bool rows_added_ = false;
};

// The 1-based r of a <row>, or 0.
int row_number(const xmlNode* row);

}  // namespace kpiconv::xlsx::apply
