#include "formats/xlsx/cell_reference.h"

#include <gtest/gtest.h>

#include "formats/xlsx/excel_date.h"
#include "formats/xlsx/sheet_limits.h"

namespace kpiconv::xlsx {
namespace {

std::string reference(int row, int col) {
  std::string text;
  append_cell_reference(text, row, col);
  return text;
}

TEST(CellReference, ParsesA1References) {
  EXPECT_EQ(parse_cell_reference("A1"), (CellPosition{0, 0}));
  EXPECT_EQ(parse_cell_reference("C7"), (CellPosition{6, 2}));
  EXPECT_EQ(parse_cell_reference("$C$7"), (CellPosition{6, 2}));
  EXPECT_EQ(parse_cell_reference("aa10"), (CellPosition{9, 26}));
  EXPECT_EQ(parse_cell_reference("XFD1048576"), (CellPosition{kMaxRows - 1, kMaxColumns - 1}));
  for (std::string_view malformed : {"", "A", "7", "A0", "A-1", "1A", "A1 ", "A1:B2"}) {
    EXPECT_FALSE(parse_cell_reference(malformed)) << malformed;
  }
}

TEST(CellReference, BeyondTheSheetSaturatesInsteadOfOverflowing) {
  EXPECT_TRUE(parse_cell_reference("XFE1")->beyond_sheet());
  EXPECT_TRUE(parse_cell_reference("A1048577")->beyond_sheet());
  EXPECT_TRUE(parse_cell_reference("ZZZZZZZZZZ99999999999999999999")->beyond_sheet());
  EXPECT_FALSE(parse_cell_reference("XFD1")->beyond_sheet());
}

TEST(CellReference, RangesInEitherCornerOrder) {
  std::optional<CellRange> range = parse_cell_range("C3:A1");
  ASSERT_TRUE(range);
  EXPECT_EQ(range->first, (CellPosition{0, 0}));
  EXPECT_EQ(range->last, (CellPosition{2, 2}));
  EXPECT_EQ(range_reference(*range), "A1:C3");
  EXPECT_EQ(parse_cell_range("B2")->last, (CellPosition{1, 1}));
  EXPECT_FALSE(parse_cell_range("A1:"));
}

TEST(CellReference, ColumnNames) {
  EXPECT_EQ(reference(0, 0), "A1");
  EXPECT_EQ(reference(6, 25), "Z7");
  EXPECT_EQ(reference(0, 26), "AA1");
  EXPECT_EQ(reference(0, 701), "ZZ1");
  EXPECT_EQ(reference(0, 702), "AAA1");
  EXPECT_EQ(reference(kMaxRows - 1, kMaxColumns - 1), "XFD1048576");
}

TEST(CellReference, SheetNamesQuotedOnlyWhenExcelWould) {
  EXPECT_EQ(quote_sheet_name("Sheet1"), "Sheet1");
  EXPECT_EQ(quote_sheet_name("项目"), "项目");
  EXPECT_EQ(quote_sheet_name("预算_2024"), "预算_2024");
  EXPECT_EQ(quote_sheet_name("项目 (2)"), "'项目 (2)'");
  EXPECT_EQ(quote_sheet_name("项目（2）"), "'项目（2）'");  // full-width brackets are punctuation
  EXPECT_EQ(quote_sheet_name("O'Brien"), "'O''Brien'");
  EXPECT_EQ(quote_sheet_name("2024"), "'2024'");
  EXPECT_EQ(quote_sheet_name("A1"), "'A1'");
  EXPECT_EQ(quote_sheet_name("R1C1"), "'R1C1'");
  EXPECT_EQ(quote_sheet_name("a-b"), "'a-b'");
  EXPECT_EQ(quote_sheet_name(""), "''");
}

TEST(CellReference, SheetQualifiedReferences) {
  std::optional<SheetCellReference> plain = parse_sheet_cell_reference("项目!K2");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->sheet, "项目");
  EXPECT_EQ(plain->cell, (CellPosition{1, 10}));
  std::optional<SheetCellReference> quoted = parse_sheet_cell_reference("'项目 (2)'!$K$2");
  ASSERT_TRUE(quoted);
  EXPECT_EQ(quoted->sheet, "项目 (2)");
  EXPECT_EQ(parse_sheet_cell_reference("'it''s'!A1")->sheet, "it's");
  EXPECT_EQ(parse_sheet_cell_reference("a!b!C3")->sheet, "a!b");
  for (std::string_view bad : {"K2", "!K2", "'open!K2", "'a'K2", "S!XFE1", "S!"}) {
    EXPECT_FALSE(parse_sheet_cell_reference(bad)) << bad;
  }
}

TEST(ExcelDate, IsoTextToSerial) {
  bool has_time = true;
  EXPECT_EQ(serial_from_iso("2024-03-31", false, &has_time), 45382);
  EXPECT_FALSE(has_time);
  EXPECT_DOUBLE_EQ(*serial_from_iso("2024-03-31T12:00:00Z", false, &has_time), 45382.5);
  EXPECT_TRUE(has_time);
  EXPECT_DOUBLE_EQ(*serial_from_iso("2024-03-31T06:00:00.5+08:00", false, nullptr),
                   45382.25 + 0.5 / 86400);
  EXPECT_EQ(serial_from_iso("1900-02-28", false, nullptr), 59);
  EXPECT_EQ(serial_from_iso("1900-03-01", false, nullptr), 61);
  EXPECT_EQ(serial_from_iso("1904-01-01", true, nullptr), 0);
  for (std::string_view bad : {"", "2024", "2024-13-01", "2024-03-31T25", "24-03-31", "1899-12-30",
                               "2024-03-31 garbage"}) {
    EXPECT_FALSE(serial_from_iso(bad, false, nullptr)) << bad;
  }
}

}  // namespace
}  // namespace kpiconv::xlsx
