#include "formats/xlsx/worksheet_part.h"

#include <algorithm>
#include <charconv>

#include "formats/xlsx/excel_date.h"
#include "formats/xlsx/rich_text.h"
#include "formats/xlsx/sheet_limits.h"
#include "formats/xlsx/xstring.h"

namespace kpiconv::xlsx {
namespace {

using ooxml::Name;
using ooxml::Ns;
using ooxml::XmlStream;

constexpr std::uint64_t kReservedCellsCap = std::uint64_t{1} << 22;

// ST_CellType (18.18.11), plus what to do with a type nobody defined.
enum class CellType : std::uint8_t {
  kNumber,
  kSharedString,
  kFormulaString,
  kInlineString,
  kBoolean,
  kError,
  kDate,
  kUnknown
};

CellType type_of(std::optional<std::string_view> type) {
  if (!type || type->empty() || *type == "n") return CellType::kNumber;
  if (*type == "s") return CellType::kSharedString;
  if (*type == "str") return CellType::kFormulaString;
  if (*type == "inlineStr") return CellType::kInlineString;
  if (*type == "b") return CellType::kBoolean;
  if (*type == "e") return CellType::kError;
  if (*type == "d") return CellType::kDate;
  return CellType::kUnknown;
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t' ||
                           text.front() == '\r')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' ||
                           text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

template <class Number>
bool parse_whole(std::string_view text, Number& number) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  return error == std::errc() && end == text.data() + text.size();
}

class WorksheetReader {
 public:
  WorksheetReader(XmlStream& xml, const WorksheetContext& context)
      : xml_(xml),
        context_(context),
        rich_text_(xml),
        sheet_data_(xml.intern("sheetData")),
        row_element_(xml.intern("row")),
        c_(xml.intern("c")),
        v_(xml.intern("v")),
        is_(xml.intern("is")),
        merge_cells_(xml.intern("mergeCells")),
        merge_cell_(xml.intern("mergeCell")) {}

  RawSheet run() {
    // A cell takes at least ~30 bytes of XML (<c r="A1"><v>1</v></c> and its share of <row>);
    // reserving for that many avoids regrowing a big sheet's vector. Capped, since the declared
    // size is the file's word, and untouched reserved pages cost nothing.
    sheet_.cells.reserve(static_cast<std::size_t>(
        std::min<std::uint64_t>(context_.part_bytes / 30, kReservedCellsCap)));
    while (xml_.read()) {
      if (!xml_.start_element()) continue;
      if (xml_.is(Ns::kSpreadsheetML, c_)) {
        read_cell();
      } else if (xml_.is(Ns::kSpreadsheetML, row_element_)) {
        read_row();
      } else if (xml_.is(Ns::kSpreadsheetML, merge_cell_)) {
        read_merge();
        xml_.skip();
      } else if (xml_.depth() > 0 && !xml_.is(Ns::kSpreadsheetML, sheet_data_) &&
                 !xml_.is(Ns::kSpreadsheetML, merge_cells_)) {
        xml_.skip();  // sheetViews, cols, drawings, controls, extLst...
      }
    }
    if (malformed_references_ > 0) {
      sheet_.warnings.push_back(std::to_string(malformed_references_) +
                                " cell or row references of sheet \"" + context_.sheet_name +
                                "\" are malformed (first: \"" + first_malformed_ +
                                "\"); each was read as the next position");
    }
    return std::move(sheet_);
  }

 private:
  std::string place(int row, int col) const {
    return sheet_cell_reference(context_.sheet_name, row, col);
  }

  void note_malformed(std::string_view reference) {
    if (malformed_references_++ == 0) first_malformed_ = std::string(reference);
  }

  void read_row() {
    ++row_;  // a row without r follows the previous one
    if (std::optional<std::string_view> r = xml_.attribute(Ns::kNone, "r")) {
      long long number = 0;
      if (!parse_whole(*r, number) || number < 1) {
        note_malformed(*r);
      } else if (number > kMaxRows) {
        xml_.fail("row " + std::string(*r) + " of sheet \"" + context_.sheet_name +
                  "\" is beyond Excel's last row (" + std::to_string(kMaxRows) + ")");
      } else {
        row_ = static_cast<int>(number - 1);
      }
    }
    if (row_ >= kMaxRows) {
      xml_.fail("sheet \"" + context_.sheet_name + "\" has rows beyond Excel's last row");
    }
    next_col_ = 0;
  }

  void read_cell() {
    int row = row_ < 0 ? 0 : row_;
    int col = next_col_;
    if (std::optional<std::string_view> r = xml_.attribute(Ns::kNone, "r")) {
      std::optional<CellPosition> position = parse_cell_reference(*r);
      if (!position) {
        note_malformed(*r);
      } else if (position->beyond_sheet()) {
        xml_.fail("cell " + std::string(*r) + " of sheet \"" + context_.sheet_name +
                  "\" is beyond Excel's last cell XFD1048576");
      } else {
        row = position->row;
        col = position->col;
      }
    }
    if (col >= kMaxColumns) {
      xml_.fail("sheet \"" + context_.sheet_name + "\" has cells beyond Excel's last column XFD");
    }
    if (row_ < 0) row_ = row;
    next_col_ = col + 1;
    if (row < last_row_ || (row == last_row_ && col <= last_col_)) sheet_.in_order = false;
    last_row_ = row;
    last_col_ = col;

    const CellType type = type_of(xml_.attribute(Ns::kNone, "t"));
    std::uint32_t style = 0;
    if (std::optional<std::string_view> s = xml_.attribute(Ns::kNone, "s")) parse_whole(*s, style);

    value_.clear();
    bool has_value = false, has_inline = false;
    if (!xml_.empty_element()) {
      const int depth = xml_.depth();
      while (xml_.read()) {
        if (xml_.end_element() && xml_.depth() == depth) break;
        if (!xml_.start_element()) continue;
        if (xml_.is(Ns::kSpreadsheetML, v_)) {
          xml_.append_text(value_);
          has_value = true;
        } else if (xml_.is(Ns::kSpreadsheetML, is_)) {
          value_.clear();
          rich_text_.read(value_);
          has_inline = true;
        } else {
          xml_.skip();  // f (the formula), extLst
        }
      }
    }

    if (!context_.cells.add_cells()) {
      xml_.fail(context_.cells.cause("sheet \"" + context_.sheet_name + "\""));
    }
    RawCell& cell = sheet_.cells.emplace_back();
    cell.row = row;
    cell.col = col;
    if (has_inline && type != CellType::kSharedString) {
      cell.text = value_;  // already unescaped
    } else if (has_value) {
      set_value(cell, type, style);
    }
    const std::uint64_t bytes = cell.shared_string == kNoSharedString
                                    ? cell.text.size()
                                    : context_.shared_strings[cell.shared_string].size();
    context_.budget.spend(bytes, context_.sheet_name);
  }

  void set_value(RawCell& cell, CellType type, std::uint32_t style) {
    switch (type) {
      case CellType::kSharedString: {
        std::uint32_t index = 0;
        if (!parse_whole(trim_spaces(value_), index) || index >= context_.shared_strings.size()) {
          xml_.fail("shared string index " + value_ + " in cell " + place(cell.row, cell.col) +
                    " is out of range (the workbook has " +
                    std::to_string(context_.shared_strings.size()) + " shared strings)");
        }
        cell.shared_string = index;
        break;
      }
      case CellType::kInlineString:  // LibreOffice once wrote the text in <v>
      case CellType::kFormulaString:
        append_xstring(cell.text, value_);
        break;
      case CellType::kBoolean:
        cell.text = value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_;
        break;
      case CellType::kError:
      case CellType::kUnknown:
        cell.text = value_;
        break;
      case CellType::kDate:
        cell.text = date_text(style);
        break;
      case CellType::kNumber:
        cell.text = number_text(style);
        break;
    }
  }

  std::string number_text(std::uint32_t style) const {
    std::string_view text = trim_spaces(value_);
    if (text.starts_with('+')) text.remove_prefix(1);
    double number = 0;
    if (text.empty() || !parse_whole(text, number)) return value_;  // not a number: as stored
    return context_.formats.of_style(style).format(number, context_.date1904);
  }

  // t="d": an ISO 8601 text, shown like a serial through a date format, else as an ISO date
  // (with its time when it has one).
  std::string date_text(std::uint32_t style) const {
    bool has_time = false;
    std::optional<double> serial =
        serial_from_iso(trim_spaces(value_), context_.date1904, &has_time);
    if (!serial) return value_;
    const NumberFormat& format = context_.formats.of_style(style);
    if (format.date()) return format.format(*serial, context_.date1904);
    std::optional<ExcelDateTime> time = excel_date_time(*serial, context_.date1904);
    if (!time) return value_;
    return has_time ? iso_date(*time) + "T" + iso_time(*time) : iso_date(*time);
  }

  void read_merge() {
    std::string_view ref = xml_.attribute(Ns::kNone, "ref").value_or("");
    std::optional<CellRange> range = parse_cell_range(ref);
    if (!range) {
      sheet_.warnings.push_back("merged range \"" + std::string(ref) + "\" of sheet \"" +
                                context_.sheet_name + "\" is not a cell range; ignored");
    } else if (range->last.beyond_sheet()) {
      sheet_.warnings.push_back("merged range " + std::string(ref) + " of sheet \"" +
                                context_.sheet_name + "\" runs off the sheet; ignored");
    } else {
      sheet_.merges.push_back(*range);
    }
  }

  XmlStream& xml_;
  const WorksheetContext& context_;
  RichTextReader rich_text_;
  Name sheet_data_, row_element_, c_, v_, is_, merge_cells_, merge_cell_;

  RawSheet sheet_;
  int row_ = -1;  // the current row (0-based); -1 before the first
  int next_col_ = 0;
  int last_row_ = -1, last_col_ = -1;
  std::string value_;  // the current cell's <v> or <is> text
  std::size_t malformed_references_ = 0;
  std::string first_malformed_;
};

}  // namespace

RawSheet read_worksheet(XmlStream& xml, const WorksheetContext& context) {
  return WorksheetReader(xml, context).run();
}

}  // namespace kpiconv::xlsx
