// DOCX tables read end to end from small hand-made packages: merges, holes, nesting, content
// controls and tracked changes around rows and cells, and the provenance of every cell.
#include <gtest/gtest.h>

#include "converter/error.h"

#include "unit/docx/docx_fixture.h"

namespace kpiconv::docx_test {
namespace {

TEST(DocxTables, GridSpan) {
  Document document =
      read_body("grid_span", table(row(cell("wide", "<w:gridSpan w:val=\"2\"/>") + cell("c")) +
                                       row(cell("a") + cell("b") + cell("c2")),
                                   3));
  ASSERT_EQ(document.blocks.size(), 1u);
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.rows, 2);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(t.at(0, 0)->text, "wide");
  EXPECT_EQ(t.at(0, 0)->col_span, 2);
  EXPECT_EQ(t.at(0, 1), t.at(0, 0));
  EXPECT_EQ(t.at(0, 2)->text, "c");
  EXPECT_EQ(t.place_of(*t.at(0, 2)).locator, "tbl[1]/tr[1]/tc[2]");
  EXPECT_EQ(t.place_of(*t.at(1, 2)).locator, "tbl[1]/tr[2]/tc[3]");
  EXPECT_EQ(t.where.locator, "tbl[1]");
  EXPECT_EQ(t.where.part, "word/document.xml");
}

TEST(DocxTables, VMergeRestartAndContinueBecomeRowSpan) {
  Document document = read_body(
      "vmerge",
      table(row(cell("一级指标", "<w:vMerge w:val=\"restart\"/>") + cell("数量指标")) +
                row(cell("", "<w:vMerge w:val=\"continue\"/>") + cell("质量指标")) +
                row(cell("", "<w:vMerge/>") + cell("时效指标")) + row(cell("效益指标") + cell("x")),
            2));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.rows, 4);
  const Cell* merged = t.at(0, 0);
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->text, "一级指标");
  EXPECT_EQ(merged->row_span, 3);
  EXPECT_EQ(t.place_of(*merged).locator, "tbl[1]/tr[1]/tc[1]");
  EXPECT_EQ(t.at(1, 0), merged);
  EXPECT_EQ(t.at(2, 0), merged);
  EXPECT_EQ(t.at(3, 0)->text, "效益指标");
  EXPECT_EQ(t.at(2, 1)->text, "时效指标");
  EXPECT_TRUE(document.warnings.empty());
}

TEST(DocxTables, VMergeContinueWithTextKeepsTheTextAndWarns) {
  Document document = read_body(
      "vmerge_text",
      table(row(cell("top", "<w:vMerge w:val=\"restart\"/>")) + row(cell("stray", "<w:vMerge/>")),
            1));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.cells.size(), 1u);
  EXPECT_EQ(t.cells[0].row_span, 2);
  EXPECT_EQ(t.cells[0].text, "top\nstray");
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].where.to_string(), "word/document.xml#tbl[1]/tr[2]/tc[1]");
}

TEST(DocxTables, GridBeforeAndGridAfterLeaveHoles) {
  Document document =
      read_body("grid_before_after",
                table(row(cell("a") + cell("b") + cell("c")) +
                          row(cell("right"), "<w:gridBefore w:val=\"2\"/>") +
                          row(cell("left"), "<w:gridAfter w:val=\"2\"/>") +
                          row(cell("mid"), "<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>"),
                      3));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.rows, 4);
  ASSERT_EQ(t.cols, 3);
  EXPECT_EQ(t.at(1, 0), nullptr);
  EXPECT_EQ(t.at(1, 1), nullptr);
  EXPECT_EQ(t.at(1, 2)->text, "right");
  EXPECT_EQ(t.place_of(*t.at(1, 2)).locator, "tbl[1]/tr[2]/tc[1]");
  EXPECT_EQ(t.at(2, 0)->text, "left");
  EXPECT_EQ(t.at(2, 2), nullptr);
  EXPECT_EQ(t.at(3, 0), nullptr);
  EXPECT_EQ(t.at(3, 1)->text, "mid");
  EXPECT_EQ(t.at(3, 2), nullptr);
}

TEST(DocxTables, GridWiderThanTblGrid) {
  Document document = read_body(
      "grid_wider", table(row(cell("a") + cell("b") + cell("c", "<w:gridSpan w:val=\"2\"/>")), 1));
  const Table& t = table_block(document, 0);
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(t.at(0, 3)->text, "c");
}

TEST(DocxTables, NestedTableStaysInItsCell) {
  std::string inner = table(row(cell("inner 1") + cell("inner 2")), 2);
  std::string outer_cell = "<w:tc>" + para("before") + inner + para("after") + "</w:tc>";
  Document document = read_body(
      "nested", para("intro") + table(row(cell("x") + cell("y")) + row(cell("z") + outer_cell), 2));
  ASSERT_EQ(document.blocks.size(), 2u);
  const Table& t = table_block(document, 1);
  const Cell* host = t.at(1, 1);
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->text, "before\nafter");
  std::vector<const Table*> inside = t.nested_in(static_cast<std::size_t>(host - t.cells.data()));
  ASSERT_EQ(inside.size(), 1u);
  ASSERT_EQ(t.nested.size(), 1u);
  const Table& nested = *inside[0];
  EXPECT_EQ(nested.where.locator, "tbl[1]/tr[2]/tc[2]/tbl[1]");
  ASSERT_EQ(nested.cells.size(), 2u);
  EXPECT_EQ(nested.at(0, 1)->text, "inner 2");
  EXPECT_EQ(nested.place_of(*nested.at(0, 1)).locator, "tbl[1]/tr[2]/tc[2]/tbl[1]/tr[1]/tc[2]");
  EXPECT_EQ(nested.place_of(*nested.at(0, 1)).part, "word/document.xml");
}

TEST(DocxTables, BlockLevelSdtTablesCountInTheOrdinal) {
  std::string sdt_table =
      "<w:sdt><w:sdtPr><w:alias w:val=\"Alias\"/><w:tag w:val=\"t\"/></w:sdtPr>"
      "<w:sdtContent>" +
      table(row(cell("in sdt")), 1) + "</w:sdtContent></w:sdt>";
  Document document = read_body(
      "sdt_block", table(row(cell("first")), 1) + sdt_table + table(row(cell("third")), 1));
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(table_block(document, 1).cells[0].text, "in sdt");
  EXPECT_EQ(table_block(document, 1).where.locator, "tbl[2]");
  const Table& third = table_block(document, 2);
  EXPECT_EQ(third.place_of(third.cells[0]).locator, "tbl[3]/tr[1]/tc[1]");
}

TEST(DocxTables, RowLevelSdt) {
  std::string sdt_row = "<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>" +
                        row(cell("row in sdt")) + "</w:sdtContent></w:sdt>";
  Document document =
      read_body("sdt_row", table(row(cell("one")) + sdt_row + row(cell("three")), 1));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.rows, 3);
  EXPECT_EQ(t.at(1, 0)->text, "row in sdt");
  EXPECT_EQ(t.place_of(*t.at(1, 0)).locator, "tbl[1]/tr[2]/tc[1]");
  EXPECT_EQ(t.place_of(*t.at(2, 0)).locator, "tbl[1]/tr[3]/tc[1]");
}

TEST(DocxTables, CellLevelSdt) {
  std::string sdt_cell =
      "<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText=\"A\" "
      "w:value=\"A\"/></w:dropDownList></w:sdtPr><w:sdtContent>" +
      cell("chosen") + "</w:sdtContent><w:sdtEndPr/></w:sdt>";
  Document document = read_body("sdt_cell", table(row(cell("a") + sdt_cell + cell("c")), 3));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.cells.size(), 3u);
  EXPECT_EQ(t.at(0, 1)->text, "chosen");
  EXPECT_EQ(t.place_of(*t.at(0, 1)).locator, "tbl[1]/tr[1]/tc[2]");
  EXPECT_EQ(t.at(0, 2)->text, "c");
}

TEST(DocxTables, DeletedRowIsDroppedButStillCounted) {
  Document document = read_body(
      "deleted_row",
      table(row(cell("kept 1")) +
                row(cell("gone"),
                    "<w:del w:id=\"1\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"/>") +
                row(cell("kept 3"), "<w:ins w:id=\"2\" w:author=\"a\"/>"),
            1));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.rows, 2);
  EXPECT_EQ(t.at(0, 0)->text, "kept 1");
  EXPECT_EQ(t.at(1, 0)->text, "kept 3");
  EXPECT_EQ(t.place_of(*t.at(1, 0)).locator, "tbl[1]/tr[3]/tc[1]");
  ASSERT_EQ(t.source_rows.size(), 2u);
  EXPECT_EQ(t.row_place(0).locator, "tbl[1]/tr[1]");
  EXPECT_EQ(t.row_place(1).locator, "tbl[1]/tr[3]");
  EXPECT_EQ(t.row_place(1).part, "word/document.xml");
}

TEST(DocxTables, DeletedCellIsDroppedButStillCounted) {
  Document document = read_body(
      "deleted_cell",
      table(row(cell("a") + cell("gone", "<w:cellDel w:id=\"1\" w:author=\"a\"/>") + cell("c")),
            2));
  const Table& t = table_block(document, 0);
  ASSERT_EQ(t.cells.size(), 2u);
  EXPECT_EQ(t.at(0, 1)->text, "c");
  EXPECT_EQ(t.place_of(*t.at(0, 1)).locator, "tbl[1]/tr[1]/tc[3]");
}

TEST(DocxTables, TableWithEveryRowDeletedIsNoTable) {
  Document document = read_body(
      "all_rows_deleted",
      table(row(cell("gone"), "<w:del w:id=\"1\" w:author=\"a\"/>"), 1) + table(row(cell("b")), 1));
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(table_block(document, 0).where.locator, "tbl[2]");
}

TEST(DocxTables, CellParagraphsAreKeptUntrimmed) {
  Document document =
      read_body("cell_paragraphs",
                table(row("<w:tc>" + para("  用于 ") + "<w:p/>" + para("end") + "</w:tc>"), 1));
  const Cell& c = table_block(document, 0).cells[0];
  EXPECT_EQ(c.text, "  用于 \n\nend");
}

TEST(DocxTables, AltChunkInACellIsAWarning) {
  Document document = read_body(
      "alt_chunk_cell", table(row("<w:tc><w:altChunk r:id=\"rId9\"/>" + para("x") + "</w:tc>"), 1));
  EXPECT_EQ(table_block(document, 0).cells[0].text, "x");
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].where.locator, "tbl[1]/tr[1]/tc[1]/altChunk[1]");
}

TEST(DocxTables, HostileGridSpanIsRefusedBeforeItsGridIsAllocated) {
  DocxSpec spec;
  spec.body = table(row(cell("x", "<w:gridSpan w:val=\"999999999\"/>")), 1);
  try {
    read_docx(write_docx("hostile_grid_span", spec));
    FAIL() << "a 999999999-column row was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    EXPECT_EQ(error.cause(), "table tbl[1] has a row wider than the limit of 1000 grid columns");
    EXPECT_EQ(error.place(), "word/document.xml line 2");  // the line of the row
  }
}

}  // namespace
}  // namespace kpiconv::docx_test
