// The blocks layout's rows laid out in one pass (formats/province/block_layout.h), on the shipped
// form template: a block of rows 1-11 with its indicator row 10, a note in row 12 below it.
#include "formats/province/block_layout.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "formats/ooxml/zip_archive.h"
#include "formats/province/province_template.h"
#include "formats/xlsx/apply/xml_node.h"
#include "support/files.h"

namespace kpiconv::province {
namespace {

using xlsx::CellRange;
using xlsx::apply::WorkbookEdit;
using xlsx::apply::WorksheetDom;

std::vector<std::string> merge_references(const WorksheetDom& sheet) {
  std::vector<std::string> references;
  for (const CellRange& range : sheet.merges()) references.push_back(xlsx::range_reference(range));
  std::sort(references.begin(), references.end());
  return references;
}

TEST(BlockLayout, CopiesTheBlockForEachProjectAndItsIndicatorRowForEachIndicator) {
  const ProvinceTemplate form = open_province_template("form");
  WorkbookEdit workbook(form.workbook());
  WorksheetDom& sheet = *workbook.sheet("项目绩效目标");
  const BlockShape shape{0, 10, 9};

  // Three projects of 3, 1 and 2 indicators: blocks of 13, 11 and 12 rows.
  EXPECT_EQ(lay_out_blocks(workbook, sheet, shape, {3, 1, 2}), (std::vector<int>{0, 13, 24}));

  // Each block has the template's labels; the note moved below the last one.
  for (int start : {0, 13, 24}) {
    EXPECT_EQ(workbook.text(sheet, start, 0), "项目支出绩效目标表") << start;
    EXPECT_EQ(workbook.text(sheet, start + 2, 0), "项目编码") << start;
    EXPECT_EQ(workbook.text(sheet, start + 8, 0), "一级指标") << start;
  }
  EXPECT_EQ(workbook.text(sheet, 36, 0), "填报说明：每个项目一块，一级、二级指标相同的行合并。");
  EXPECT_EQ(sheet.last_row(), 36);
  // Added indicator rows are there, styled like the indicator row and empty.
  for (int row : {10, 11, 33, 34}) {
    ASSERT_NE(sheet.find_cell(row, 0), nullptr) << row;
    EXPECT_EQ(xlsx::apply::attribute_of(sheet.find_cell(row, 0), "s"), "3") << row;
    EXPECT_EQ(workbook.text(sheet, row, 0), "") << row;
  }
  // The block's merged ranges in every block, the note's moved with it.
  EXPECT_EQ(merge_references(sheet),
            (std::vector<std::string>{"A14:F14", "A19:A20", "A1:F1", "A25:F25", "A30:A31",
                                      "A37:F37", "A6:A7", "B18:F18", "B21:F21", "B29:F29",
                                      "B32:F32", "B5:F5", "B8:F8", "D15:E15", "D16:F16", "D26:E26",
                                      "D27:F27", "D2:E2", "D3:F3"}));

  // The indicator row's drop-downs reach every indicator row, and the print area the note.
  std::string filled = test::scratch_path("blocks.xlsx").string();
  workbook.commit(filled);
  ooxml::ZipArchive archive(filled, ooxml::PackageLimits{});
  std::string sheet_xml = archive.read_all(*archive.find("xl/worksheets/sheet1.xml"));
  EXPECT_NE(sheet_xml.find("sqref=\"A10 A11:A12 A23:A23 A34:A35\""), std::string::npos);
  EXPECT_NE(sheet_xml.find("sqref=\"B10 B11:B12 B23:B23 B34:B35\""), std::string::npos);
  EXPECT_NE(sheet_xml.find("<dimension ref=\"A1:F37\"/>"), std::string::npos);
  std::string workbook_xml = archive.read_all(*archive.find("xl/workbook.xml"));
  EXPECT_NE(workbook_xml.find("'项目绩效目标'!$A$1:$F$37"), std::string::npos) << workbook_xml;
}

TEST(BlockLayout, OneProjectWithOneIndicatorLeavesTheTemplateAsItIs) {
  const ProvinceTemplate form = open_province_template("form");
  WorkbookEdit workbook(form.workbook());
  WorksheetDom& sheet = *workbook.sheet("项目绩效目标");
  const std::vector<std::string> merges = merge_references(sheet);
  EXPECT_EQ(lay_out_blocks(workbook, sheet, {0, 10, 9}, {1}), (std::vector<int>{0}));
  EXPECT_EQ(sheet.last_row(), 11);
  EXPECT_EQ(merge_references(sheet), merges);
  EXPECT_EQ(workbook.text(sheet, 11, 0), "填报说明：每个项目一块，一级、二级指标相同的行合并。");
}

}  // namespace
}  // namespace kpiconv::province
