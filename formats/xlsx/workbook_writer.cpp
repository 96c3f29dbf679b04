#include "formats/xlsx/workbook_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "converter/error.h"
#include "converter/text/display_width.h"
#include "converter/text/text.h"
#include "formats/ooxml/xml_stream.h"
#include "formats/ooxml/zip_archive.h"
#include "formats/xlsx/cell_reference.h"
#include "formats/xlsx/cell_text.h"
#include "formats/xlsx/numeric_text.h"
#include "formats/xlsx/source_text_sheet.h"
#include "formats/xlsx/written_time.h"

namespace kpiconv::xlsx {
namespace {

constexpr size_t kMaximumSheetNameLength = 31;
// Chinese government documents are set in 宋体 (SimSun); other systems substitute their CJK font.
constexpr const char* kFontName = "宋体";
constexpr uint32_t kHeadingFill = 0xDDEBF7;

// Cells whose replaced characters are each named in a warning; past them, one line counts the rest
// (a hostile file may hold a NUL in every cell).
constexpr size_t kCellsNamedForReplacedCharacters = 20;

// Splits UTF-8 text into its characters.
std::vector<std::string_view> characters(std::string_view text) {
  std::vector<std::string_view> result;
  for (size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    length = std::min(length, text.size() - i);
    result.push_back(text.substr(i, length));
    i += length;
  }
  return result;
}

std::string first_characters(std::string_view text, size_t count) {
  std::string result;
  std::vector<std::string_view> all = characters(text);
  for (size_t i = 0; i < std::min(count, all.size()); ++i) result += all[i];
  return result;
}

}  // namespace

bool CellStyle::operator<(const CellStyle& other) const {
  return std::tie(bold, wrap, border, center, right, heading, font_size, number_format) <
         std::tie(other.bold, other.wrap, other.border, other.center, other.right, other.heading,
                  other.font_size, other.number_format);
}

std::string legal_sheet_name(std::string_view wanted) {
  std::string name;
  size_t replaced = 0;
  const std::string holdable = xml_safe_text(wanted, replaced);
  for (std::string_view character : characters(holdable)) {
    // Characters Excel forbids in sheet names become their full-width forms.
    if (character == "[")
      name += "［";
    else if (character == "]")
      name += "］";
    else if (character == ":")
      name += "：";
    else if (character == "*")
      name += "＊";
    else if (character == "?")
      name += "？";
    else if (character == "/")
      name += "／";
    else if (character == "\\")
      name += "＼";
    else if (character == "\n" || character == "\r" || character == "\t")
      name += ' ';
    else
      name += character;
  }
  while (!name.empty() && (name.front() == '\'' || name.front() == ' ')) name.erase(0, 1);
  name = first_characters(name, kMaximumSheetNameLength);
  while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
  return name.empty() ? "Sheet" : name;
}

// ---- SheetWriter ------------------------------------------------------------------------------

SheetWriter::SheetWriter(WorkbookWriter& workbook, lxw_worksheet* sheet, std::string name)
    : workbook_(workbook), sheet_(sheet), name_(std::move(name)) {}

void SheetWriter::check(int error, int row, int col) {
  if (error == LXW_NO_ERROR) return;
  std::string place = sheet_cell_reference(name_, row, col);
  if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
    throw Error(ErrorKind::kOutputFailed, workbook_.file().string(),
                "text longer than Excel's 32,767 characters at " + place);
  }
  throw Error(
      ErrorKind::kOutputFailed, workbook_.file().string(),
      std::string("cannot write ") + place + ": " + lxw_strerror(static_cast<lxw_error>(error)));
}

void SheetWriter::track_width(int col, std::string_view display) {
  int& widest = widths_[col];
  widest = std::max(widest, display_width(display));
}

std::optional<NumericText> SheetWriter::numeric(Kind kind, std::string_view text) {
  if (kind == Kind::kValue) return as_number(text);
  if (kind == Kind::kPercentage) return as_percentage(text);
  return std::nullopt;
}

void SheetWriter::write(int row, int col, std::string_view text, Kind kind, const CellStyle& style,
                        bool widens_column) {
  auto r = static_cast<lxw_row_t>(row);
  auto c = static_cast<lxw_col_t>(col);
  if (std::optional<NumericText> number = numeric(kind, text)) {
    CellStyle number_style = style;
    number_style.number_format = number->format_code;
    check(worksheet_write_number(sheet_, r, c, number->value, workbook_.format(number_style)), row,
          col);
    if (widens_column) track_width(col, number->display);
    if (number->display != text) {
      workbook_.record_source_text(*this, row, col, number->display, std::string(text));
    }
    return;
  }
  lxw_format* format = workbook_.format(style);
  if (text.empty()) {
    check(worksheet_write_blank(sheet_, r, c, format), row, col);
    return;
  }
  const CellText cell = cell_text(text);
  if (cell.cut > 0) {
    workbook_.warn("text of " + sheet_cell_reference(name_, row, col) + " was cut at Excel's " +
                   std::to_string(kMaximumCellCharacters) + " characters (" +
                   std::to_string(cell.cut) + " bytes left out)");
  }
  if (cell.replaced > 0) {
    workbook_.note_replaced_characters(sheet_cell_reference(name_, row, col), cell.replaced);
  }
  check(worksheet_write_string(sheet_, r, c, cell.text.c_str(), format), row, col);
  if (widens_column) track_width(col, text);
}

void SheetWriter::text(int row, int col, std::string_view text, const CellStyle& style) {
  write(row, col, text, Kind::kText, style);
}

void SheetWriter::value(int row, int col, std::string_view text, const CellStyle& style) {
  write(row, col, text, Kind::kValue, style);
}

void SheetWriter::percentage(int row, int col, std::string_view text, const CellStyle& style) {
  write(row, col, text, Kind::kPercentage, style);
}

void SheetWriter::number(int row, int col, double number, const CellStyle& style) {
  check(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                               number, workbook_.format(style)),
        row, col);
  track_width(col, std::to_string(static_cast<long long>(number)));
}

void SheetWriter::merge(int first_row, int first_col, int last_row, int last_col,
                        std::string_view text, Kind kind, const CellStyle& style) {
  for (int row = first_row; row <= last_row; ++row) {
    merged_row(row, first_row, first_col, last_row, last_col, text, kind, style);
  }
}

void SheetWriter::merged_row(int row, int first_row, int first_col, int last_row, int last_col,
                             std::string_view text, Kind kind, const CellStyle& style) {
  if (first_row == last_row && first_col == last_col) {
    write(first_row, first_col, text, kind, style);
    return;
  }
  // The range is blank in the first cell's format, the first cell written over it; a merged
  // cell's text does not widen one column.
  CellStyle merged_style = style;
  if (std::optional<NumericText> number = numeric(kind, text)) {
    merged_style.number_format = number->format_code;
  }
  lxw_format* format = workbook_.format(merged_style);
  auto merge_range = [&] {
    // Writes the whole range; in constant memory, only its cells in the current row are kept.
    check(worksheet_merge_range(sheet_, static_cast<lxw_row_t>(first_row),
                                static_cast<lxw_col_t>(first_col), static_cast<lxw_row_t>(last_row),
                                static_cast<lxw_col_t>(last_col), "", format),
          first_row, first_col);
  };
  if (!workbook_.constant_memory()) {
    if (row == first_row) {
      merge_range();
      write(first_row, first_col, text, kind, style, false);
    }
    return;
  }
  // A row is written out when the next one starts: each row gets its part of the range as it
  // comes, and the range is recorded once its last row is the sheet's current one (the earlier
  // rows it would write again are behind and kept as they were).
  if (first_row == last_row) {
    merge_range();
    write(first_row, first_col, text, kind, style, false);
    return;
  }
  if (row == first_row) write(first_row, first_col, text, kind, style, false);
  for (int col = first_col; col <= last_col; ++col) {
    if (row == first_row && col == first_col) continue;
    check(worksheet_write_blank(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                format),
          row, col);
  }
  if (row == last_row) merge_range();
}

void SheetWriter::column_width(int col, double width) {
  worksheet_set_column(sheet_, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), width,
                       nullptr);
}

void SheetWriter::fit_columns(double minimum, double maximum) {
  for (const auto& [col, widest] : widths_) {
    column_width(col, std::clamp(widest + 2.0, minimum, maximum));
  }
}

int SheetWriter::widest(int col) const {
  auto found = widths_.find(col);
  return found == widths_.end() ? 0 : found->second;
}

void SheetWriter::row_height(int row, double points) {
  worksheet_set_row(sheet_, static_cast<lxw_row_t>(row), points, nullptr);
}

void SheetWriter::freeze_first_row() {
  worksheet_freeze_panes(sheet_, 1, 0);
}

void SheetWriter::print_wide_table() {
  worksheet_set_paper(sheet_, kPaperA4);
  worksheet_set_landscape(sheet_);
  worksheet_fit_to_pages(sheet_, 1, 0);
  worksheet_repeat_rows(sheet_, 0, 0);
}

void SheetWriter::autofilter(int last_row, int last_col) {
  worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(last_row),
                       static_cast<lxw_col_t>(last_col));
}

void SheetWriter::hide() {
  worksheet_hide(sheet_);
}

// ---- WorkbookWriter ---------------------------------------------------------------------------

WorkbookWriter::WorkbookWriter(const std::filesystem::path& file, bool constant_memory)
    : file_(file), constant_memory_(constant_memory) {
  lxw_workbook_options options{};
  options.use_zip64 = LXW_TRUE;
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  std::string name = file.string();
  workbook_ = workbook_new_opt(name.c_str(), &options);
  if (workbook_ == nullptr) {
    throw Error(ErrorKind::kOutputFailed, name, "cannot create the workbook");
  }
}

WorkbookWriter::~WorkbookWriter() {
  // libxlsxwriter frees a workbook only by writing it; an unfinished one goes to the temporary
  // path, which the caller removes.
  if (!closed_ && workbook_ != nullptr) workbook_close(workbook_);
}

SheetWriter& WorkbookWriter::add_sheet(std::string_view wanted) {
  std::string base = legal_sheet_name(wanted);
  std::string name = base;
  for (int n = 2; used_names_.count(ascii_lowercase(name)) || ascii_lowercase(name) == "history";
       ++n) {
    std::string suffix = " (" + std::to_string(n) + ")";
    name = first_characters(base, kMaximumSheetNameLength - suffix.size()) + suffix;
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
  if (sheet == nullptr) {
    throw Error(ErrorKind::kOutputFailed, file_.string(), "cannot add a sheet named " + name);
  }
  used_names_.insert(ascii_lowercase(name));
  sheets_.push_back(std::make_unique<SheetWriter>(*this, sheet, name));
  return *sheets_.back();
}

lxw_format* WorkbookWriter::format(const CellStyle& style) {
  auto found = formats_.find(style);
  if (found != formats_.end()) return found->second;
  lxw_format* format = workbook_add_format(workbook_);
  format_set_font_name(format, kFontName);
  format_set_font_size(format, style.font_size);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  if (style.bold || style.heading) format_set_bold(format);
  if (style.heading) format_set_bg_color(format, kHeadingFill);
  if (style.wrap) format_set_text_wrap(format);
  if (style.border) format_set_border(format, LXW_BORDER_THIN);
  if (style.center) format_set_align(format, LXW_ALIGN_CENTER);
  if (style.right) format_set_align(format, LXW_ALIGN_RIGHT);
  if (!style.number_format.empty()) format_set_num_format(format, style.number_format.c_str());
  formats_.emplace(style, format);
  return format;
}

void WorkbookWriter::set_title(const std::string& title) {
  size_t replaced = 0;
  title_ = xml_safe_text(title, replaced);  // the document properties: no escapes there
}

void WorkbookWriter::note_replaced_characters(const std::string& cell, size_t count) {
  if (++cells_with_replaced_characters_ > kCellsNamedForReplacedCharacters) return;
  warn("text of " + cell + ": " + std::to_string(count) +
       (count == 1 ? " character" : " characters") +
       " that a workbook cannot hold (NUL, U+FFFE, U+FFFF or invalid UTF-8) written as U+FFFD");
}

void WorkbookWriter::record_source_text(const SheetWriter& sheet, int row, int col,
                                        std::string display, std::string source) {
  source_texts_.push_back(
      {sheet_cell_reference(sheet.name(), row, col), std::move(display), std::move(source)});
}

void WorkbookWriter::close() {
  if (!source_texts_.empty()) {
    SheetWriter& sheet = add_sheet(kSourceTextSheet);
    CellStyle plain;
    for (int col = 0; col < 3; ++col) sheet.text(0, col, kSourceTextHeader[col], plain);
    int row = 1;
    for (const SourceText& entry : source_texts_) {
      sheet.text(row, 0, entry.cell, plain);
      sheet.text(row, 1, entry.display, plain);
      sheet.text(row, 2, entry.source, plain);
      ++row;
    }
    sheet.hide();
  }
  if (cells_with_replaced_characters_ > kCellsNamedForReplacedCharacters) {
    warn(std::to_string(cells_with_replaced_characters_ - kCellsNamedForReplacedCharacters) +
         " more cells had characters that a workbook cannot hold written as U+FFFD");
  }
  lxw_doc_properties properties{};
  properties.title = title_.data();
  properties.author = const_cast<char*>("kpiconv");
  properties.created = written_time();
  workbook_set_properties(workbook_, &properties);
  check_row_files();
  closed_ = true;
  errno = 0;
  lxw_error error = workbook_close(workbook_);
  const int close_errno = errno;
  workbook_ = nullptr;
  if (error != LXW_NO_ERROR) {
    std::string cause = std::string("cannot write the workbook: ") + lxw_strerror(error);
    if (close_errno != 0) cause += std::string(" (") + std::strerror(close_errno) + ")";
    throw Error(ErrorKind::kOutputFailed, file_.string(), cause);
  }
  if (!constant_memory_) check_written_parts();
}

// In constant-memory mode each sheet's rows wait in a temporary file of libxlsxwriter's, whose
// writes it does not check: a full disk (or a file size limit) would cut the sheet short in a
// workbook that still opens. The stream says whether a write failed.
void WorkbookWriter::check_row_files() {
  for (const std::unique_ptr<SheetWriter>& sheet : sheets_) {
    FILE* rows = sheet->raw()->optimize_tmpfile;
    if (rows == nullptr) continue;
    errno = 0;
    if (std::fflush(rows) != 0 || std::ferror(rows) != 0) {
      const int cause = errno;
      throw Error(ErrorKind::kOutputFailed, file_.string(),
                  "cannot write the rows of sheet \"" + sheet->name() +
                      "\" to a temporary file in $TMPDIR" +
                      (cause != 0 ? std::string(": ") + std::strerror(cause) : std::string()));
    }
  }
}

// Otherwise libxlsxwriter writes each part through a temporary file at the end, unchecked too:
// every XML part of the finished package must be whole.
void WorkbookWriter::check_written_parts() const {
  ooxml::ZipArchive written(file_.string(), ooxml::PackageLimits{});
  for (const ooxml::ZipEntry& entry : written.entries()) {
    if (!entry.name.ends_with(".xml") && !entry.name.ends_with(".rels")) continue;
    try {
      ooxml::XmlStream xml(written, entry);
      while (xml.read()) {
      }
    } catch (const Error&) {
      throw Error(
          ErrorKind::kOutputFailed, file_.string(),
          "the workbook was written incomplete (" + entry.name + " is cut short: the disk full?)");
    }
  }
}

}  // namespace kpiconv::xlsx
