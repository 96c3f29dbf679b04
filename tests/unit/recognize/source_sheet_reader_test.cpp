#include "converter/recognize/source_sheet_reader.h"

#include <gtest/gtest.h>

#include "converter/recognize/recognizer.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::TableBuilder;

Table source_sheet() {
  return TableBuilder(2)
      .row({"字段", "值"})
      .row({"来源文件", "fixtures/docx/001.docx"})
      .row({"文件标题", "某局 2024 预算绩效文本"})
      .row({"表格：固定资产", "怀来县工业和信息化部门固定资产占用情况表（截至2022年12月31日）"})
      .row({"表格：表格 2", ""})
      .build();
}

TEST(SourceSheet, ReadsTitleAndTableTitles) {
  auto sheet = read_source_sheet(source_sheet());
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->title, "某局 2024 预算绩效文本");
  EXPECT_EQ(sheet->table_titles.at("固定资产"),
            "怀来县工业和信息化部门固定资产占用情况表（截至2022年12月31日）");
  EXPECT_EQ(sheet->table_titles.at("表格 2"), "");
}

TEST(SourceSheet, IsNotAnyTwoColumnTable) {
  EXPECT_FALSE(
      read_source_sheet(TableBuilder(2).row({"项目", "数量"}).row({"资产总额", "1"}).build()));
}

TEST(SourceSheet, GivesTheFilingItsTitleAndTablesTheirFullTitles) {
  Recognizer recognizer;
  Table table = TableBuilder(2).row({"项目", "数量"}).build();
  table.where.locator = "固定资产";  // the sheet it was read from
  recognizer.block(test::paragraph("固定资产", kSheetStyle));
  recognizer.block(std::move(table));
  recognizer.block(source_sheet());
  Filing filing = recognizer.finish({"in.xlsx", "xlsx"});
  EXPECT_EQ(filing.title, "某局 2024 预算绩效文本");
  ASSERT_EQ(filing.tables.size(), 1u);
  EXPECT_EQ(filing.tables[0].title,
            "怀来县工业和信息化部门固定资产占用情况表（截至2022年12月31日）");
}

}  // namespace
}  // namespace kpiconv
