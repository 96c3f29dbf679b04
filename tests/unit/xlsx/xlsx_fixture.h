// Small hand-made XLSX packages for the XLSX reader's quirk tests: each sheet's sheetData (or its
// whole part) goes into a complete package with a workbook, its relationships and content types,
// zipped into a scratch file and read back through XlsxReader::claims + read.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "converter/model/document.h"
#include "converter/registry/format.h"
#include "support/document_blocks.h"

namespace kpiconv::xlsx_test {

struct SheetSpec {
  std::string name = "Sheet1";
  std::string sheet_data;          // inner XML of <sheetData>
  std::string after_data;          // XML after </sheetData> (<mergeCells>...)
  std::string part_xml;            // the whole part, when a test needs to control it
  std::string state;               // "", "hidden", "veryHidden"
  std::string kind = "worksheet";  // or "chartsheet", "dialogsheet"
  std::string part;                // defaults to xl/worksheets/sheetN.xml (N from 1 in spec order)
};

// A worksheet spec.
SheetSpec worksheet(std::string name, std::string sheet_data, std::string after_data = {});

struct XlsxSpec {
  std::vector<SheetSpec> sheets;
  std::vector<std::string> shared_strings;  // inner XML of each <si>; no part when empty
  std::string shared_strings_xml;           // the whole part, overriding shared_strings
  std::string styles_xml;                   // xl/styles.xml, omitted when empty
  std::string core_xml;                     // docProps/core.xml, omitted when empty
  std::string workbook_pr;                  // e.g. <workbookPr date1904="1"/>
  bool strict = false;                      // ISO Strict namespaces and relationship types
  bool bom = false;                         // UTF-8 byte order marks before every part's <?xml
};

// A worksheet part around `sheet_data` (+ `after_data` after it).
std::string worksheet_xml(std::string_view sheet_data, std::string_view after_data = {},
                          bool strict = false);
// A styles part with the given <numFmts> children and cellXfs numFmtIds (xf index = position).
std::string styles_xml(std::string_view num_fmts, const std::vector<int>& xf_format_ids);
// Writes the package for `spec` to a scratch file named `name` (.xlsx added).
std::filesystem::path write_xlsx(std::string_view name, const XlsxSpec& spec);
// Reads a file through XlsxReader (asserting it is claimed).
Document read_xlsx(const std::filesystem::path& path, const ReadOptions& options = {});
// write_xlsx + read_xlsx.
Document read_spec(std::string_view name, const XlsxSpec& spec, const ReadOptions& options = {});
// One visible worksheet "Sheet1" with `sheet_data`, and `shared_strings`.
Document read_sheet_data(std::string_view name, std::string_view sheet_data,
                         const std::vector<std::string>& shared_strings = {});

// The block at `index` as a table / paragraph (fails the test when it is not).
using test::paragraph_block;
using test::table_block;
// The table of a one-sheet workbook (the block after the sheet's name).
inline const Table& sheet_table(const Document& document) {
  return table_block(document, 1);
}
// The text of the cell covering (row, col), or "<hole>" for a position no cell covers.
std::string text_at(const Table& table, int row, int col);
// Whether some warning's message contains `part`.
bool has_warning(const Document& document, std::string_view part);

}  // namespace kpiconv::xlsx_test
