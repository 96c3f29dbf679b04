#include "converter/recognize/source_sheet_reader.h"

#include "converter/model/flat_columns.h"

#include "converter/model/findings_sheet.h"
#include "converter/model/report_sheet.h"
#include "converter/model/source_sheet.h"
#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

std::string text_at(const Table& table, int row, int col) {
  const Cell* cell = table.at(row, col);
  return cell == nullptr || cell->row != row || cell->col != col ? std::string()
                                                                 : std::string(trim(cell->text));
}

}  // namespace

std::optional<SourceSheet> read_source_sheet(const Table& table) {
  if (table.cols < 2 || text_at(table, 0, 0) != source_sheet::kKeyHeading ||
      text_at(table, 0, 1) != source_sheet::kValueHeading) {
    return std::nullopt;
  }
  SourceSheet sheet;
  const std::string table_prefix = source_sheet::kTablePrefix;
  for (int r = 1; r < table.rows; ++r) {
    std::string key = text_at(table, r, 0);
    std::string value = text_at(table, r, 1);
    if (key == source_sheet::kTitle) {
      sheet.title = value;
    } else if (key.starts_with(table_prefix)) {
      sheet.table_titles[key.substr(table_prefix.size())] = value;
    }
  }
  return sheet;
}

bool is_findings_sheet(const Table& table) {
  // A combined output's has a 来源文件 column first.
  const int first = text_at(table, 0, 0) == kSourceFileHeading ? 1 : 0;
  if (table.cols < first + findings_sheet::kColumns) return false;
  for (int col = 0; col < findings_sheet::kColumns; ++col) {
    if (text_at(table, 0, first + col) != findings_sheet::kHeadings[col]) return false;
  }
  return true;
}

bool is_report_sheet(const Table& table) {
  if (is_findings_sheet(table)) return true;
  if (table.cols < conflicts_sheet::kColumns) return false;
  for (int col = 0; col < conflicts_sheet::kColumns; ++col) {
    if (text_at(table, 0, col) != conflicts_sheet::kHeadings[col]) return false;
  }
  return true;
}

}  // namespace kpiconv
