// Stage two of the DOCX table reader on hand-built RawTables: merges become spans, holes stay
// holes.
#include "formats/docx/table_resolver.h"

#include <gtest/gtest.h>

namespace kpiconv::docx {
namespace {

RawCell raw_cell(std::string text, int span = 1, Merge vertical = Merge::kNone) {
  RawCell cell;
  cell.grid_span = span;
  cell.vertical = vertical;
  cell.paragraphs.push_back(std::move(text));
  return cell;
}

// A raw table in the main part, as the parser makes them: "tbl[1]".
RawTable raw_table() {
  RawTable raw;
  raw.where = Provenance{"word/document.xml", "tbl[1]"};
  return raw;
}

RawRow raw_row(std::vector<RawCell> cells, int before = 0, int after = 0) {
  RawRow row;
  row.grid_before = before;
  row.grid_after = after;
  row.cells = std::move(cells);
  return row;
}

TEST(TableResolver, GridSpanBecomesColumnSpan) {
  RawTable raw = raw_table();
  raw.grid_columns = 3;
  raw.rows.push_back(raw_row({raw_cell("wide", 2), raw_cell("narrow")}));
  raw.rows.push_back(raw_row({raw_cell("a"), raw_cell("b"), raw_cell("c")}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.rows, 2);
  ASSERT_EQ(table.cols, 3);
  ASSERT_EQ(table.cells.size(), 5u);
  EXPECT_EQ(table.at(0, 0)->text, "wide");
  EXPECT_EQ(table.at(0, 1), table.at(0, 0));
  EXPECT_EQ(table.at(0, 0)->col_span, 2);
  EXPECT_EQ(table.at(0, 2)->text, "narrow");
  EXPECT_EQ(table.at(0, 2)->col, 2);
  EXPECT_EQ(table.at(1, 2)->text, "c");
  EXPECT_TRUE(warnings.empty());
}

TEST(TableResolver, VMergeContinueJoinsTheCellAbove) {
  RawTable raw = raw_table();
  raw.rows.push_back(raw_row({raw_cell("merged", 1, Merge::kRestart), raw_cell("r1")}));
  raw.rows.push_back(raw_row({raw_cell("", 1, Merge::kContinue), raw_cell("r2")}));
  raw.rows.push_back(raw_row({raw_cell("", 1, Merge::kContinue), raw_cell("r3")}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.rows, 3);
  ASSERT_EQ(table.cols, 2);
  ASSERT_EQ(table.cells.size(), 4u);
  const Cell* merged = table.at(0, 0);
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->row_span, 3);
  EXPECT_EQ(merged->text, "merged");
  EXPECT_EQ(table.place_of(*merged).locator, "tbl[1]/tr[1]/tc[1]");
  EXPECT_EQ(table.place_of(*merged).part, "word/document.xml");
  EXPECT_EQ(table.place_of(*table.at(2, 1)).locator, "tbl[1]/tr[3]/tc[2]");
  EXPECT_EQ(table.at(1, 0), merged);
  EXPECT_EQ(table.at(2, 0), merged);
  EXPECT_EQ(table.at(2, 1)->text, "r3");
  EXPECT_TRUE(warnings.empty());
}

TEST(TableResolver, VMergeContinueWithNothingAboveIsItsOwnCell) {
  RawTable raw = raw_table();
  raw.rows.push_back(raw_row({raw_cell("orphan", 1, Merge::kContinue), raw_cell("x")}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.cells.size(), 2u);
  EXPECT_EQ(table.at(0, 0)->text, "orphan");
  EXPECT_EQ(table.at(0, 0)->row_span, 1);
}

TEST(TableResolver, VMergeContinueWithAnotherSpanDoesNotJoin) {
  RawTable raw = raw_table();
  raw.rows.push_back(raw_row({raw_cell("top", 2, Merge::kRestart)}));
  raw.rows.push_back(raw_row({raw_cell("below", 1, Merge::kContinue), raw_cell("b")}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.cells.size(), 3u);
  EXPECT_EQ(table.at(0, 0)->row_span, 1);
  EXPECT_EQ(table.at(0, 0)->col_span, 2);
  EXPECT_EQ(table.at(1, 0)->text, "below");
  EXPECT_EQ(table.at(1, 1)->text, "b");
}

TEST(TableResolver, VMergeContinueWithTextIsAppendedWithAWarning) {
  RawTable raw = raw_table();
  raw.rows.push_back(raw_row({raw_cell("first", 1, Merge::kRestart)}));
  raw.rows.push_back(raw_row({raw_cell("second", 1, Merge::kContinue)}));
  raw.rows.push_back(raw_row({raw_cell("", 1, Merge::kContinue)}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.cells.size(), 1u);
  const Cell& merged = table.cells[0];
  EXPECT_EQ(merged.row_span, 3);
  EXPECT_EQ(merged.text, "first\nsecond");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].where.locator, "tbl[1]/tr[2]/tc[1]");
  EXPECT_NE(warnings[0].message.find("tbl[1]/tr[1]/tc[1]"), std::string::npos);
}

TEST(TableResolver, GridBeforeAndGridAfterLeaveHoles) {
  RawTable raw = raw_table();
  raw.grid_columns = 3;
  raw.rows.push_back(raw_row({raw_cell("a"), raw_cell("b"), raw_cell("c")}));
  raw.rows.push_back(raw_row({raw_cell("late")}, /*before=*/2));
  raw.rows.push_back(raw_row({raw_cell("early")}, 0, /*after=*/2));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.cols, 3);
  EXPECT_EQ(table.at(1, 0), nullptr);
  EXPECT_EQ(table.at(1, 1), nullptr);
  EXPECT_EQ(table.at(1, 2)->text, "late");
  EXPECT_EQ(table.owner[static_cast<size_t>(1 * 3 + 0)], -1);
  EXPECT_EQ(table.at(2, 0)->text, "early");
  EXPECT_EQ(table.at(2, 1), nullptr);
  EXPECT_EQ(table.at(2, 2), nullptr);
}

TEST(TableResolver, GridWidthIsTheWidestOfTblGridAndRows) {
  RawTable narrow_grid;
  narrow_grid.grid_columns = 1;
  narrow_grid.rows.push_back(raw_row({raw_cell("a"), raw_cell("b", 2)}, 1));
  std::vector<Warning> warnings;
  Table wide = resolve_table(std::move(narrow_grid), warnings);
  EXPECT_EQ(wide.cols, 4);
  EXPECT_EQ(wide.at(0, 1)->text, "a");
  EXPECT_EQ(wide.at(0, 3)->text, "b");

  RawTable wide_grid;
  wide_grid.grid_columns = 5;
  wide_grid.rows.push_back(raw_row({raw_cell("only")}));
  Table padded = resolve_table(std::move(wide_grid), warnings);
  EXPECT_EQ(padded.cols, 5);
  EXPECT_EQ(padded.at(0, 0)->text, "only");
  EXPECT_EQ(padded.at(0, 4), nullptr);
}

TEST(TableResolver, HMergeContinueJoinsTheCellToItsLeft) {
  RawTable raw = raw_table();
  RawCell start = raw_cell("start");
  start.horizontal = Merge::kRestart;
  RawCell continued = raw_cell("");
  continued.horizontal = Merge::kContinue;
  raw.rows.push_back(raw_row({std::move(start), std::move(continued), raw_cell("end")}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  ASSERT_EQ(table.cols, 3);
  ASSERT_EQ(table.cells.size(), 2u);
  EXPECT_EQ(table.at(0, 0)->col_span, 2);
  EXPECT_EQ(table.at(0, 1)->text, "start");
  EXPECT_EQ(table.at(0, 2)->text, "end");
}

TEST(TableResolver, CellTextJoinsParagraphsWithNewlines) {
  RawTable raw = raw_table();
  RawCell cell = raw_cell(" one ");
  cell.paragraphs.push_back("");
  cell.paragraphs.push_back("three");
  raw.rows.push_back(raw_row({std::move(cell)}));
  std::vector<Warning> warnings;
  Table table = resolve_table(std::move(raw), warnings);
  EXPECT_EQ(table.cells[0].text, " one \n\nthree");
}

}  // namespace
}  // namespace kpiconv::docx
