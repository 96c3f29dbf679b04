#include <gtest/gtest.h>

#include "formats/xlsx/cell_reference.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv::xlsx {
namespace {

TEST(XlsxWriterNames, SheetNamesAreMadeLegal) {
  EXPECT_EQ(legal_sheet_name("部门机构设置情况"), "部门机构设置情况");
  EXPECT_EQ(legal_sheet_name("a/b:c*d?e[f]g\\h"), "a／b：c＊d？e［f］g＼h");
  EXPECT_EQ(legal_sheet_name("'quoted'"), "quoted");  // no apostrophe at either end
  EXPECT_EQ(legal_sheet_name(""), "Sheet");
  // 31 characters at most, counted as characters, not bytes.
  std::string long_title = "关于确认下达2023年支持市县科技创新和科学普及专项资金预算的通知";
  std::string legal = legal_sheet_name(long_title);
  EXPECT_EQ(legal, "关于确认下达2023年支持市县科技创新和科学普及专项资金预算的");
}

TEST(XlsxWriterNames, SheetCellReferences) {
  EXPECT_EQ(sheet_cell_reference("项目", 1, 10), "项目!K2");
  EXPECT_EQ(sheet_cell_reference("指标 (2)", 0, 0), "'指标 (2)'!A1");
  EXPECT_EQ(sheet_cell_reference("it's", 0, 0), "'it''s'!A1");
  EXPECT_EQ(sheet_cell_reference("2024", 0, 0), "'2024'!A1");
}

}  // namespace
}  // namespace kpiconv::xlsx
