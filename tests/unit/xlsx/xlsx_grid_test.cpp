// How a sheet becomes a grid: positions from r attributes (or their absence), holes, blank styled
// cells, merged ranges, provenance, and the limits that keep hostile sheets out of memory.
#include <gtest/gtest.h>

#include "converter/error.h"
#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv::xlsx_test {
namespace {

std::string number(std::string_view ref, std::string_view value) {
  return R"(<c r=")" + std::string(ref) + R"("><v>)" + std::string(value) + "</v></c>";
}

ErrorKind read_error(std::string_view name, const XlsxSpec& spec, std::string& cause,
                     const ReadOptions& options = {}) {
  try {
    read_spec(name, spec, options);
  } catch (const Error& error) {
    cause = error.cause();
    return error.kind();
  }
  ADD_FAILURE() << name << ": read without error";
  return ErrorKind::kUsage;
}

XlsxSpec one_sheet(std::string sheet_data, std::string after_data = {}) {
  XlsxSpec spec;
  spec.sheets.push_back(worksheet("Sheet1", std::move(sheet_data), std::move(after_data)));
  return spec;
}

TEST(XlsxGrid, SizeFromCellsPresentNeverFromDimension) {
  // <dimension ref="A1"> in the fixture understates; the cells say 3 rows x 4 columns.
  Document document =
      read_sheet_data("size_from_cells", "<row r=\"3\">" + number("D3", "1") + "</row>");
  const Table& table = sheet_table(document);
  EXPECT_EQ(table.rows, 3);
  EXPECT_EQ(table.cols, 4);
  ASSERT_EQ(table.cells.size(), 1u);
  EXPECT_EQ(table.cells[0].row, 2);
  EXPECT_EQ(table.cells[0].col, 3);
}

TEST(XlsxGrid, PositionsWithoutCellAreHoles) {
  Document document =
      read_sheet_data("holes", "<row r=\"1\">" + number("A1", "1") + number("C1", "3") +
                                   "</row><row r=\"2\">" + number("B2", "5") + "</row>");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 1), "<hole>");
  EXPECT_EQ(table.owner[1], -1);
  EXPECT_EQ(text_at(table, 1, 0), "<hole>");
  EXPECT_EQ(text_at(table, 1, 1), "5");
  EXPECT_EQ(text_at(table, 1, 2), "<hole>");
}

TEST(XlsxGrid, StyledBlankCellsAreCells) {
  Document document = read_sheet_data(
      "styled_blank",
      R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" s="3"/></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(table.rows, 2);
  EXPECT_EQ(table.cols, 2);
  ASSERT_EQ(table.cells.size(), 2u);
  const Cell* blank = table.at(1, 1);
  ASSERT_NE(blank, nullptr);
  EXPECT_EQ(blank->text, "");
  EXPECT_EQ(table.place_of(*blank).locator, "Sheet1!B2");
}

TEST(XlsxGrid, CellsAndRowsWithoutRTakeTheNextPosition) {
  Document document = read_sheet_data(
      "missing_r",
      R"(<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>)"
      R"(<row r="3"><c><v>7</v></c></row><row><c r="B4"><v>8</v></c><c><v>9</v></c></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "1");
  EXPECT_EQ(text_at(table, 0, 1), "2");
  EXPECT_EQ(text_at(table, 0, 4), "5");
  EXPECT_EQ(text_at(table, 0, 5), "6");
  EXPECT_EQ(text_at(table, 2, 0), "7");
  EXPECT_EQ(text_at(table, 3, 1), "8");
  EXPECT_EQ(text_at(table, 3, 2), "9");
  EXPECT_EQ(table.rows, 4);
  EXPECT_EQ(table.cols, 6);
}

TEST(XlsxGrid, CellsOutOfOrderAreSortedAndARepeatedPositionKeepsTheFirst) {
  Document document = read_sheet_data(
      "out_of_order", "<row r=\"2\">" + number("B2", "4") + number("A2", "3") +
                          "</row><row r=\"1\">" + number("A1", "1") + number("A1", "2") + "</row>");
  const Table& table = sheet_table(document);
  ASSERT_EQ(table.cells.size(), 3u);
  EXPECT_EQ(table.cells[0].text, "1");
  EXPECT_EQ(table.cells[1].text, "3");
  EXPECT_EQ(table.cells[2].text, "4");
  EXPECT_TRUE(has_warning(document, "repeat a position"));
}

TEST(XlsxGrid, MalformedReferenceIsReadAsAbsentWithAWarning) {
  Document document = read_sheet_data(
      "malformed_ref", R"(<row r="0"><c r="A0"><v>1</v></c><c r="??"><v>2</v></c></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "1");
  EXPECT_EQ(text_at(table, 0, 1), "2");
  EXPECT_TRUE(has_warning(document, "malformed (first: \"0\")"));
}

TEST(XlsxGrid, ProvenanceOfCellsRowsAndTable) {
  XlsxSpec spec;
  spec.sheets.push_back(worksheet("项目 (2)", "<row r=\"7\">" + number("C7", "1") + "</row>"));
  spec.sheets.push_back(worksheet("项目", "<row r=\"2\">" + number("K2", "1") + "</row>"));
  spec.sheets.push_back(worksheet("it's", "<row r=\"1\">" + number("A1", "1") + "</row>"));
  Document document = read_spec("provenance", spec);
  const Table& quoted = table_block(document, 1);
  EXPECT_EQ(quoted.place_of(quoted.cells[0]).part, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(quoted.place_of(quoted.cells[0]).locator, "'项目 (2)'!C7");
  EXPECT_EQ(quoted.where.locator, "项目 (2)");
  ASSERT_EQ(quoted.rows, 7);
  EXPECT_EQ(quoted.row_place(6).locator, "'项目 (2)'!7:7");
  EXPECT_EQ(quoted.row_place(0).locator, "'项目 (2)'!1:1");
  EXPECT_EQ(quoted.row_place(0).part, "xl/worksheets/sheet1.xml");
  const Table& plain = table_block(document, 3);
  EXPECT_EQ(plain.place_of(plain.cells[0]).locator, "项目!K2");
  const Table& apostrophe = table_block(document, 5);
  EXPECT_EQ(apostrophe.place_of(apostrophe.cells[0]).locator, "'it''s'!A1");
}

TEST(XlsxGrid, MergedRangeIsOneCellWithSpansAndCoveredCellsAreDropped) {
  Document document = read_spec(
      "merged_range", one_sheet("<row r=\"1\">" + number("A1", "1") + number("B1", "2") +
                                    number("C1", "3") + "</row><row r=\"2\">" + number("A2", "4") +
                                    R"(<c r="B2" s="1"/>)" + number("C2", "6") + "</row>",
                                R"(<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>)"));
  const Table& merged = sheet_table(document);
  ASSERT_EQ(merged.cells.size(), 3u);
  const Cell& top_left = merged.cells[0];
  EXPECT_EQ(top_left.text, "1");
  EXPECT_EQ(top_left.row_span, 2);
  EXPECT_EQ(top_left.col_span, 2);
  EXPECT_EQ(merged.at(1, 1), &top_left);
  EXPECT_EQ(merged.at(0, 1), &top_left);
  EXPECT_EQ(text_at(merged, 0, 2), "3");
  EXPECT_EQ(text_at(merged, 1, 2), "6");
  EXPECT_TRUE(document.warnings.empty());
}

TEST(XlsxGrid, MergeWithoutTopLeftCellStillMakesAnEmptyCell) {
  Document document = read_spec(
      "merge_without_top_left",
      one_sheet(
          "<row r=\"1\">" + number("A1", "1") + "</row><row r=\"3\">" + number("B3", "9") +
              "</row>",
          R"(<mergeCells count="2"><mergeCell ref="B1:D2"/><mergeCell ref="A3:A4"/></mergeCells>)"));
  const Table& table = sheet_table(document);
  EXPECT_EQ(table.rows, 4);
  EXPECT_EQ(table.cols, 4);
  ASSERT_EQ(table.cells.size(), 4u);  // A1, B1:D2, A3:A4, B3 in row-major order
  EXPECT_EQ(table.cells[1].row, 0);
  EXPECT_EQ(table.cells[1].col, 1);
  EXPECT_EQ(table.cells[1].text, "");
  EXPECT_EQ(table.cells[1].col_span, 3);
  EXPECT_EQ(table.place_of(table.cells[1]).locator, "Sheet1!B1");
  EXPECT_EQ(table.cells[2].row_span, 2);
  EXPECT_EQ(table.cells[3].text, "9");
}

TEST(XlsxGrid, OverlappingMergeKeepsTheFirstAndWarns) {
  Document document =
      read_spec("overlapping_merges",
                one_sheet("<row r=\"1\">" + number("A1", "1") + number("C1", "3") + "</row>",
                          R"(<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>)"
                          R"(<mergeCell ref="C1:C1"/><mergeCell ref="A1:B2"/></mergeCells>)"));
  const Table& table = sheet_table(document);
  ASSERT_EQ(table.cells.size(), 2u);
  EXPECT_EQ(table.cells[0].row_span, 2);
  EXPECT_EQ(table.cells[0].col_span, 2);
  EXPECT_EQ(table.cells[1].row_span, 1);
  EXPECT_EQ(table.rows, 2);  // the ignored B2:C3 does not stretch the grid
  EXPECT_EQ(table.cols, 3);
  EXPECT_TRUE(has_warning(document, "merged range B2:C3 of sheet \"Sheet1\" overlaps"));
  EXPECT_TRUE(has_warning(document, "merged range A1:B2 of sheet \"Sheet1\" overlaps"));
}

TEST(XlsxGrid, MergeRunningOffTheSheetIsIgnored) {
  Document document = read_spec(
      "merge_off_sheet",
      one_sheet(
          "<row r=\"1\">" + number("A1", "1") + "</row>",
          R"(<mergeCells><mergeCell ref="A1:XFE1"/><mergeCell ref="nonsense"/></mergeCells>)"));
  const Table& table = sheet_table(document);
  EXPECT_EQ(table.cols, 1);
  EXPECT_TRUE(has_warning(document, "runs off the sheet"));
  EXPECT_TRUE(has_warning(document, "is not a cell range"));
}

TEST(XlsxGrid, SharedStringIndexOutOfRangeIsUnreadableNamingTheCell) {
  XlsxSpec spec = one_sheet(R"(<row r="7"><c r="C7" t="s"><v>5</v></c></row>)");
  spec.shared_strings = {"<t>only one</t>"};
  std::string cause;
  EXPECT_EQ(read_error("sst_out_of_range", spec, cause), ErrorKind::kUnreadable);
  EXPECT_NE(cause.find("shared string index 5 in cell Sheet1!C7 is out of range"),
            std::string::npos)
      << cause;
}

TEST(XlsxGrid, TooMuchTextIsRefusedBeforeCopying) {
  // One shared string of 1000 bytes named by 50 cells: 50,000 bytes against a cap of 10,000.
  std::string rows;
  for (int r = 1; r <= 50; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
            "\" t=\"s\"><v>0</v></c></row>";
  }
  XlsxSpec spec = one_sheet(rows);
  spec.shared_strings = {"<t>" + std::string(1000, 'x') + "</t>"};
  ReadOptions options;
  options.max_text_bytes = 10000;
  std::string cause;
  EXPECT_EQ(read_error("text_cap", spec, cause, options), ErrorKind::kUnreadable);
  EXPECT_NE(cause.find("too much text"), std::string::npos) << cause;
  EXPECT_NO_THROW(read_spec("text_cap_ok", spec));
}

TEST(XlsxGrid, CellBeyondXfdOrRowBeyondTheLastIsRefused) {
  std::string cause;
  EXPECT_EQ(
      read_error("beyond_xfd", one_sheet("<row r=\"1\">" + number("XFE1", "1") + "</row>"), cause),
      ErrorKind::kUnreadable);
  EXPECT_NE(cause.find("beyond Excel's last cell"), std::string::npos) << cause;
  EXPECT_EQ(
      read_error("beyond_last_row", one_sheet(R"(<row r="1048577"><c><v>1</v></c></row>)"), cause),
      ErrorKind::kUnreadable);
  EXPECT_NE(cause.find("beyond Excel's last row"), std::string::npos) << cause;
}

TEST(XlsxGrid, CornerCellsOfTheSheetAreRead) {
  Document document = read_sheet_data(
      "corners", "<row r=\"1\">" + number("A1", "1") + number("K1", "2") +
                     "</row><row r=\"1048576\">" + number("A1048576", "3") + "</row>");
  const Table& table = sheet_table(document);
  EXPECT_EQ(table.rows, 1048576);
  EXPECT_EQ(table.cols, 11);
  EXPECT_EQ(text_at(table, 1048575, 0), "3");
  EXPECT_EQ(table.row_place(table.rows - 1).locator, "Sheet1!1048576:1048576");
}

TEST(XlsxGrid, BlankCellsOutToXfd1048576AreDroppedBeyondTheContent) {
  Document document = read_sheet_data(
      "blank_cells_to_xfd",
      "<row r=\"1\">" + number("A1", "1") + number("B1", "2") +
          R"(<c r="XFD1" s="1"/></row><row r="1048576"><c r="A1048576" s="1"/><c r="XFD1048576"/></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(table.rows, 1);
  EXPECT_EQ(table.cols, 2);
  EXPECT_EQ(table.cells.size(), 2u);
  EXPECT_TRUE(has_warning(document, "3 blank cells of sheet \"Sheet1\" beyond its content"));
}

TEST(XlsxGrid, ContentNeedingAHugeGridIsRefusedNamingTheSheet) {
  std::string cause;
  XlsxSpec spec = one_sheet("<row r=\"1\">" + number("A1", "1") + "</row><row r=\"1048576\">" +
                            number("XFD1048576", "2") + "</row>");
  spec.sheets[0].name = "Huge";
  EXPECT_EQ(read_error("huge_grid", spec, cause), ErrorKind::kUnreadable);
  EXPECT_NE(cause.find("sheet \"Huge\" is too large"), std::string::npos) << cause;
}

}  // namespace
}  // namespace kpiconv::xlsx_test
