#include "formats/xlsx/recorded_source_texts.h"

#include <array>

#include "formats/xlsx/cell_reference.h"
#include "formats/xlsx/source_text_sheet.h"

namespace kpiconv::xlsx {
namespace {

std::uint64_t key(int row, int col) {
  return static_cast<std::uint64_t>(row) << 32 | static_cast<std::uint32_t>(col);
}

// The first three columns of one row of the sheet.
using Columns = std::array<std::string_view, 3>;

}  // namespace

const std::string* SheetSourceTexts::source_for(int row, int col, std::string_view display) const {
  auto found = entries_.find(key(row, col));
  if (found == entries_.end() || found->second.display != display) return nullptr;
  return &found->second.source;
}

void SheetSourceTexts::add(int row, int col, std::string display, std::string source) {
  entries_.insert_or_assign(key(row, col), Entry{std::move(display), std::move(source)});
}

std::optional<RecordedSourceTexts> RecordedSourceTexts::read(const RawSheet& sheet,
                                                             const SharedStrings& strings,
                                                             std::vector<std::string>& problems) {
  // Rows in order of appearance with their first three columns.
  std::map<int, Columns> rows;
  for (const RawCell& cell : sheet.cells) {
    if (cell.col > 2) continue;
    const std::string_view text = cell.shared_string == kNoSharedString
                                      ? std::string_view(cell.text)
                                      : std::string_view(strings[cell.shared_string]);
    rows[cell.row][static_cast<size_t>(cell.col)] = text;
  }
  auto header = rows.find(0);
  if (header == rows.end()) return std::nullopt;
  for (size_t i = 0; i < 3; ++i) {
    if (header->second[i] != kSourceTextHeader[i]) return std::nullopt;
  }
  RecordedSourceTexts recorded;
  for (const auto& [row, columns] : rows) {
    if (row == 0 || (columns[0].empty() && columns[2].empty())) continue;
    std::optional<SheetCellReference> reference = parse_sheet_cell_reference(columns[0]);
    if (!reference) {
      problems.push_back("row " + std::to_string(row + 1) + " of sheet " + kSourceTextSheet +
                         " names no cell (\"" + std::string(columns[0]) + "\"); ignored");
      continue;
    }
    recorded.sheets_[reference->sheet].add(reference->cell.row, reference->cell.col,
                                           std::string(columns[1]), std::string(columns[2]));
  }
  return recorded;
}

const SheetSourceTexts* RecordedSourceTexts::of_sheet(std::string_view sheet_name) const {
  auto found = sheets_.find(sheet_name);
  return found == sheets_.end() ? nullptr : &found->second;
}

}  // namespace kpiconv::xlsx
