#include "formats/xlsx/source_sheet_writer.h"

#include "converter/model/source_sheet.h"
#include "formats/xlsx/written_time.h"

namespace kpiconv::xlsx {

void write_source_sheet(WorkbookWriter& workbook, const Filing& filing,
                        const std::vector<std::pair<std::string, std::string>>& table_sheets) {
  SheetWriter& sheet = workbook.add_sheet(source_sheet::kSheetName);
  CellStyle heading;
  heading.heading = true;
  heading.border = true;
  CellStyle plain;
  plain.border = true;
  plain.wrap = true;
  sheet.text(0, 0, source_sheet::kKeyHeading, heading);
  sheet.text(0, 1, source_sheet::kValueHeading, heading);
  int row = 1;
  auto add = [&](const std::string& key, const std::string& value) {
    sheet.text(row, 0, key, plain);
    sheet.text(row, 1, value, plain);
    ++row;
  };
  add(source_sheet::kSourceFile, filing.source.path);
  add(source_sheet::kSourceFormat, filing.source.format);
  add(source_sheet::kTitle, filing.title);
  add(source_sheet::kVersion, KPICONV_VERSION);
  add(source_sheet::kWritten, written_time_iso());
  for (const auto& [sheet_name, title] : table_sheets) {
    add(source_sheet::kTablePrefix + sheet_name, title);
  }
  sheet.fit_columns(10, 80);
  sheet.freeze_first_row();
}

}  // namespace kpiconv::xlsx
