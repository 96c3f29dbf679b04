// libxlsxwriter behind what our layouts need: legal unique sheet names, cached formats, cells that
// are numbers when their source text is a clean number (shown with exactly its digits), column
// widths from East Asian display width, and the record of source texts a number cell cannot show.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "formats/xlsx/numeric_text.h"
#include "formats/xlsx/quiet_library_output.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace kpiconv::xlsx {

inline constexpr std::uint8_t kPaperA4 = 9;  // Excel's paper size code

struct CellStyle {
  bool bold = false;
  bool wrap = false;
  bool border = false;
  bool center = false;   // horizontally centred
  bool right = false;    // horizontally right-aligned
  bool heading = false;  // a header cell: bold on a light fill
  double font_size = 11;
  std::string number_format;  // set by the value writers; leave empty

  bool operator<(const CellStyle& other) const;
};

class WorkbookWriter;

class SheetWriter {
 public:
  SheetWriter(WorkbookWriter& workbook, lxw_worksheet* sheet, std::string name);
  const std::string& name() const { return name_; }

  // Text as text, never a formula; an empty text with a style writes a styled blank cell. Text a
  // cell cannot hold is made so (cell_text.h), with a warning naming the cell.
  void text(int row, int col, std::string_view text, const CellStyle& style);
  // A number when the text is a clean number ("24.00" → 24 shown as 24.00), else text.
  void value(int row, int col, std::string_view text, const CellStyle& style);
  // A percent cell for "30%" or "30" (shown as 30%; the source text is recorded), else text.
  void percentage(int row, int col, std::string_view text, const CellStyle& style);
  void number(int row, int col, double number, const CellStyle& style);
  // Merges the range and writes `text` into it through `write` (text, value or percentage).
  enum class Kind { kText, kValue, kPercentage };
  void merge(int first_row, int first_col, int last_row, int last_col, std::string_view text,
             Kind kind, const CellStyle& style);
  // The part of such a range in `row`. Writing each row of a sheet in turn, top to bottom, with
  // merged_row for the ranges crossing it, keeps to constant memory's row order.
  void merged_row(int row, int first_row, int first_col, int last_row, int last_col,
                  std::string_view text, Kind kind, const CellStyle& style);

  // Widths in Excel's character units; fit_columns sets each written column to its widest text.
  void column_width(int col, double width);
  void fit_columns(double minimum, double maximum);
  int widest(int col) const;
  void row_height(int row, double points);
  void freeze_first_row();
  // Prints on A4 landscape, as many pages down as needed but one page wide, the heading repeated.
  void print_wide_table();
  void autofilter(int last_row, int last_col);
  void hide();
  lxw_worksheet* raw() { return sheet_; }

 private:
  static std::optional<NumericText> numeric(Kind kind, std::string_view text);
  void write(int row, int col, std::string_view text, Kind kind, const CellStyle& style,
             bool widens_column = true);
  void track_width(int col, std::string_view display);
  void check(int error, int row, int col);

  WorkbookWriter& workbook_;
  lxw_worksheet* sheet_;
  std::string name_;
  std::map<int, int> widths_;  // column → widest display width written
};

class WorkbookWriter {
 public:
  // Creates the workbook at `file`; throws Error(kOutputFailed) when it cannot. In constant-memory
  // mode a row is written out when the next one starts, so each sheet must be written row by row,
  // top to bottom, and memory holds one row per sheet.
  explicit WorkbookWriter(const std::filesystem::path& file, bool constant_memory = false);
  ~WorkbookWriter();
  WorkbookWriter(const WorkbookWriter&) = delete;
  WorkbookWriter& operator=(const WorkbookWriter&) = delete;

  // A sheet named `wanted` made legal (no []:*?/\, at most 31 characters) and unique.
  SheetWriter& add_sheet(std::string_view wanted);
  lxw_format* format(const CellStyle& style);
  void set_title(const std::string& title);
  // A number cell that shows `display` but was written from `source`; kept in the hidden sheet.
  void record_source_text(const SheetWriter& sheet, int row, int col, std::string display,
                          std::string source);
  // Writes the hidden source-text sheet, then the file; throws Error(kOutputFailed) on failure.
  void close();
  const std::filesystem::path& file() const { return file_; }
  bool constant_memory() const { return constant_memory_; }
  // What had to change to make a valid workbook (text cut at Excel's cell limit, characters no
  // workbook holds made U+FFFD).
  const std::vector<std::string>& warnings() const { return warnings_; }
  void warn(std::string warning) { warnings_.push_back(std::move(warning)); }
  // `count` characters of `cell` ("指标!M2") made U+FFFD: a warning naming the cell, for the first
  // cells; close() counts the rest in one.
  void note_replaced_characters(const std::string& cell, size_t count);

 private:
  struct SourceText {
    std::string cell, display, source;
  };

  void check_row_files();
  void check_written_parts() const;

  QuietLibraryOutput quiet_;  // first: silent from workbook_new to workbook_close
  std::filesystem::path file_;
  bool constant_memory_;
  lxw_workbook* workbook_ = nullptr;
  std::vector<std::unique_ptr<SheetWriter>> sheets_;
  std::set<std::string> used_names_;  // lower-cased: Excel compares sheet names without case
  std::map<CellStyle, lxw_format*> formats_;
  std::vector<SourceText> source_texts_;
  std::string title_;
  std::vector<std::string> warnings_;
  size_t cells_with_replaced_characters_ = 0;
  bool closed_ = false;
};

// The sheet name as it can be given to Excel: forbidden characters replaced by their full-width
// forms, line breaks and tabs by spaces, other characters XML cannot hold by U+FFFD, at most 31
// characters, never empty.
std::string legal_sheet_name(std::string_view wanted);

}  // namespace kpiconv::xlsx
