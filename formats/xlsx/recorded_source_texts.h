// The source-text sheet kpiconv writes (source_text_sheet.h): per row, a cell of another sheet, the
// text that cell showed when kpiconv wrote it, and the source text it was written from. Reading
// the workbook back, a listed cell that still shows that text gets its source text back ("30"
// rather than the "30%" of the percent cell it became); a cell someone edited keeps its edit.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "formats/xlsx/raw_sheet.h"
#include "formats/xlsx/shared_strings_part.h"

namespace kpiconv::xlsx {

class SheetSourceTexts {
 public:
  // The recorded source text of the cell at (row, col) if it still shows `display`, else nullptr.
  const std::string* source_for(int row, int col, std::string_view display) const;
  void add(int row, int col, std::string display, std::string source);

 private:
  struct Entry {
    std::string display;
    std::string source;
  };
  std::unordered_map<std::uint64_t, Entry> entries_;  // key: row << 32 | col
};

class RecordedSourceTexts {
 public:
  // The records of a parsed source-text sheet; nullopt when its first row is not the header
  // (单元格, 显示, 原文), in which case the sheet is an ordinary one. Rows whose reference cannot
  // be read are listed in `problems`.
  static std::optional<RecordedSourceTexts> read(const RawSheet& sheet,
                                                 const SharedStrings& strings,
                                                 std::vector<std::string>& problems);

  // The records for cells of `sheet_name`, or nullptr.
  const SheetSourceTexts* of_sheet(std::string_view sheet_name) const;

 private:
  std::map<std::string, SheetSourceTexts, std::less<>> sheets_;
};

}  // namespace kpiconv::xlsx
