// The 来源 sheet: where the filing came from, when and by what it was written, its title, and the
// full titles of tables whose sheet names had to be shortened (converter/model/source_sheet.h).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "converter/model/filing.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {

// `table_sheets`: for each generic table, its sheet name and full title.
void write_source_sheet(WorkbookWriter& workbook, const Filing& filing,
                        const std::vector<std::pair<std::string, std::string>>& table_sheets);

}  // namespace kpiconv::xlsx
