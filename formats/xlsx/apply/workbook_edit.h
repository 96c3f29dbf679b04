// A workbook opened for `kpiconv apply`: its worksheets loaded as trees on first use, cell texts
// read and written, rows inserted and deleted with the workbook's defined names (print areas,
// print titles) and kpiconv's source-text sheet (source_text_sheet.h) kept pointing at the same
// cells. commit() writes the original package with only the parts that changed replaced; every
// other entry (styles, shared strings, untouched sheets) is copied byte for byte.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/package.h"
#include "formats/xlsx/apply/cell_value.h"
#include "formats/xlsx/apply/worksheet_dom.h"
#include "formats/xlsx/shared_strings_part.h"
#include "formats/xlsx/styles_part.h"
#include "formats/xlsx/workbook_part.h"

namespace kpiconv::xlsx::apply {

// "'1 项目'!C7" → sheet and cell; "'1 项目'!12:12" → sheet and row (col -1).
struct SheetPlace {
  std::string sheet;
  int row = 0;
  int col = -1;
};
std::optional<SheetPlace> parse_locator(std::string_view locator);

// The names of a workbook's sheets, read from xl/workbook.xml alone; throws Error(kUnreadable).
std::vector<std::string> worksheet_names(const std::string& path,
                                         const ooxml::PackageLimits& limits = {});

class WorkbookEdit {
 public:
  // Throws Error(kUnreadable) when the file is not a readable workbook.
  explicit WorkbookEdit(const std::string& path, const ooxml::PackageLimits& limits = {});
  // The same over a workbook held in memory (a built-in template); the bytes must outlive it.
  explicit WorkbookEdit(ooxml::ZipBytes bytes);
  ~WorkbookEdit();

  const std::string& path() const { return path_; }
  // The worksheet named `name` (its part found through xl/workbook.xml and its relationships),
  // or nullptr when the workbook has no worksheet of that name.
  WorksheetDom* sheet(std::string_view name);
  // The part holding the sheet ("xl/worksheets/sheet1.xml"), "" when unknown.
  std::string part_of(std::string_view name) const;

  // What the cell shows ("" for no cell), and the source text kpiconv recorded for it, if any.
  std::string text(WorksheetDom& sheet, int row, int col);
  const std::string* recorded_source(const WorksheetDom& sheet, int row, int col) const;
  // The number a number cell holds, exactly as stored ("240000", "0.11"); nullopt otherwise.
  std::optional<std::string> number(WorksheetDom& sheet, int row, int col);
  // Writes `text` into the cell (kept style); a formula replaced and characters XML cannot hold
  // are reported in `warnings`. A source text recorded for the cell is forgotten.
  void set_text(WorksheetDom& sheet, int row, int col, std::string_view text,
                std::vector<std::string>& warnings);
  void clear(WorksheetDom& sheet, int row, int col);
  // Writes a clean decimal ("240000.00") as a number cell, keeping the cell's style.
  void set_number(WorksheetDom& sheet, int row, int col, std::string_view decimal);
  // New text goes into the workbook's shared strings (rewritten on commit) rather than inline
  // strings, as the files of Excel and LibreOffice keep it; only when the workbook has them.
  void use_shared_strings() { share_strings_ = shared_strings_part_.has_value(); }
  // Marks the sheet as changed (merged ranges set directly on it).
  void touch(const WorksheetDom& sheet) { touched_[part_of(sheet.sheet_name())] = true; }
  void insert_row(WorksheetDom& sheet, int row, int clone_from);
  // The same, the copy keeping the values of the row it was cloned from.
  void insert_row_copy(WorksheetDom& sheet, int row, int clone_from);
  // Opens `count` rows before `row` at once (WorksheetDom::open_rows), defined names and
  // recorded source texts moved with them: one pass however many rows.
  void open_rows(WorksheetDom& sheet, int row, int count);
  void erase_row(WorksheetDom& sheet, int row);

  // Sets the document title (docProps/core.xml and the 文件标题 of 来源); false when the
  // workbook has neither.
  bool set_title(const std::string& title, std::vector<std::string>& warnings);

  // Writes the edited workbook to `file`.
  void commit(const std::filesystem::path& file);

 private:
  struct Record {
    std::string sheet;
    int row = 0, col = 0;
    std::string display, source;
    int record_row = 0;  // its row in the source-text sheet
  };
  void open();
  void load_records();
  std::string shared_strings_xml();
  void shift(WorksheetDom& sheet, const RowShift& shift);
  Record* find_record(std::string_view sheet, int row, int col);
  void forget(Record& record);

  std::string path_;
  ooxml::Package package_;
  std::string main_part_;
  WorkbookEntries workbook_;
  SharedStrings strings_;
  std::optional<std::string> shared_strings_part_;
  bool share_strings_ = false;
  std::map<std::string, std::size_t, std::less<>> string_index_;  // built on first use
  std::size_t original_strings_ = 0;
  std::size_t string_references_ = 0;  // cells made to name a shared string
  CellFormats formats_;
  std::map<std::string, std::string, std::less<>> sheet_parts_;  // sheet name → worksheet part
  std::map<std::string, std::unique_ptr<WorksheetDom>, std::less<>> loaded_;  // by part
  std::map<std::string, bool> touched_;                                       // parts to write
  ooxml::XmlDocument workbook_xml_;  // loaded when a defined name moves
  bool workbook_touched_ = false;
  std::optional<std::string> core_xml_;
  std::vector<Record> records_;
  WorksheetDom* record_sheet_ = nullptr;
};

}  // namespace kpiconv::xlsx::apply
