// kpiconv's source-text sheet (formats/xlsx/source_text_sheet.h): a hidden sheet listing cells
// kpiconv wrote as numbers, what they showed and the text they were written from.
#include <gtest/gtest.h>

#include "formats/xlsx/source_text_sheet.h"
#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv::xlsx_test {
namespace {

std::string text_cell(std::string_view ref, std::string_view text) {
  return R"(<c r=")" + std::string(ref) + R"(" t="inlineStr"><is><t>)" + std::string(text) +
         "</t></is></c>";
}

std::string source_text_row(int row, std::string_view cell, std::string_view display,
                            std::string_view source) {
  const std::string r = std::to_string(row);
  return "<row r=\"" + r + "\">" + text_cell("A" + r, cell) + text_cell("B" + r, display) +
         text_cell("C" + r, source) + "</row>";
}

SheetSpec source_text_sheet(std::string rows) {
  SheetSpec sheet = worksheet(xlsx::kSourceTextSheet, source_text_row(1, xlsx::kSourceTextHeader[0],
                                                                      xlsx::kSourceTextHeader[1],
                                                                      xlsx::kSourceTextHeader[2]) +
                                                          rows);
  sheet.state = "hidden";
  return sheet;
}

// A sheet "项目" whose K2 is 0.3 shown as 30% and K3 is 0.6 (edited from 0.3), and a sheet
// "项目 (2)" whose B1 is 24 shown as 24.00; the source-text sheet records all three.
XlsxSpec written_by_kpiconv() {
  XlsxSpec spec;
  spec.styles_xml = styles_xml("", {0, 9, 2});
  spec.sheets.push_back(worksheet(
      "项目",
      R"(<row r="2"><c r="K2" s="1"><v>0.3</v></c></row><row r="3"><c r="K3" s="1"><v>0.6</v></c></row>)"));
  spec.sheets.push_back(worksheet("项目 (2)", R"(<row r="1"><c r="B1" s="2"><v>24</v></c></row>)"));
  spec.sheets.push_back(source_text_sheet(source_text_row(2, "项目!K2", "30%", "30") +
                                          source_text_row(3, "项目!$K$3", "30%", "30") +
                                          source_text_row(4, "'项目 (2)'!B1", "24.00", "24.0")));
  return spec;
}

TEST(XlsxSourceText, ListedCellStillShowingItsDisplayGetsItsSourceTextBack) {
  Document document = read_spec("source_text_applied", written_by_kpiconv());
  ASSERT_EQ(document.blocks.size(), 4u);  // the source-text sheet is no block
  const Table& projects = table_block(document, 1);
  EXPECT_EQ(text_at(projects, 1, 10), "30");
  EXPECT_EQ(text_at(table_block(document, 3), 0, 1), "24.0");
  EXPECT_FALSE(has_warning(document, "hidden"));
}

TEST(XlsxSourceText, EditedCellKeepsItsEdit) {
  Document document = read_spec("source_text_edited", written_by_kpiconv());
  EXPECT_EQ(text_at(table_block(document, 1), 2, 10), "60%");
}

TEST(XlsxSourceText, OptionOffShowsCellsAsDisplayed) {
  ReadOptions options;
  options.source_texts = false;
  Document document = read_spec("source_text_off", written_by_kpiconv(), options);
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(text_at(table_block(document, 1), 1, 10), "30%");
}

TEST(XlsxSourceText, SheetWithoutTheHeaderIsAnOrdinarySheet) {
  XlsxSpec spec;
  SheetSpec sheet = worksheet(xlsx::kSourceTextSheet, source_text_row(1, "a", "b", "c"));
  sheet.state = "hidden";
  spec.sheets.push_back(sheet);
  Document document = read_spec("source_text_not_header", spec);
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(paragraph_block(document, 0).style, kHiddenSheetStyle);
  EXPECT_TRUE(has_warning(document, "is hidden"));
}

TEST(XlsxSourceText, RowNamingNoCellIsIgnoredWithAWarning) {
  XlsxSpec spec = written_by_kpiconv();
  spec.sheets[2] = source_text_sheet(source_text_row(2, "not a reference", "30%", "30"));
  Document document = read_spec("source_text_bad_row", spec);
  EXPECT_EQ(text_at(table_block(document, 1), 1, 10), "30%");
  EXPECT_TRUE(has_warning(document, "names no cell"));
}

}  // namespace
}  // namespace kpiconv::xlsx_test
