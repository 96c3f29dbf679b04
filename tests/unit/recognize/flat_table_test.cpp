#include "converter/recognize/flat_table.h"

#include <gtest/gtest.h>

#include "converter/recognize/recognizer.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::TableBuilder;

Filing run(std::vector<Table> tables) {
  Recognizer recognizer;
  for (Table& table : tables) recognizer.block(std::move(table));
  return recognizer.finish({"in.xlsx", "xlsx"});
}

TEST(FlatTable, JoinsTheIndicatorSheetToTheProjectSheetByNumber) {
  std::vector<Table> tables;
  tables.push_back(TableBuilder(8, 1)
                       .row({"单位编码", "项目编码", "项目名称", "预算数", "3月底", "12月底",
                             "绩效目标", "项目序号"})
                       .row({"471001", "P1", "甲", "24.00", "30", "100%", "目标", "1"})
                       .row({"471001", "P1", "甲", "5.00", "", "", "", "2"})
                       .build());
  tables.push_back(TableBuilder(6, 2)
                       .row({"项目编码", "项目名称", "一级指标", "三级指标", "指标值", "项目序号"})
                       .row({"P1", "甲", "产出指标", "次数", "≥1次", "1"})
                       .row({"P1", "甲", "效益指标", "满意度", "≥95%", "1"})
                       .row({"P1", "甲", "产出指标", "到位率", "100%", "2"})
                       .build());
  Filing filing = run(std::move(tables));
  // Two projects with the same code and name stay two: 项目序号 tells them apart.
  ASSERT_EQ(filing.projects.size(), 2u);
  const Project& first = filing.projects[0];
  EXPECT_EQ(first.unit_code.text, "471001");
  EXPECT_EQ(first.budget.total.text, "24.00");
  EXPECT_EQ(first.spending_plan[0].text, "30");
  EXPECT_EQ(first.spending_plan[3].text, "100%");
  EXPECT_EQ(first.goals.text, "目标");
  EXPECT_EQ(first.budget.total.where.locator, "tbl[1]/tr[2]/tc[4]");
  ASSERT_EQ(first.indicators.size(), 2u);
  EXPECT_EQ(first.indicators[1].level3.text, "满意度");
  EXPECT_EQ(first.indicators[1].value.where.locator, "tbl[2]/tr[3]/tc[5]");
  ASSERT_EQ(filing.projects[1].indicators.size(), 1u);
  EXPECT_EQ(filing.projects[1].budget.total.text, "5.00");
  EXPECT_TRUE(filing.tables.empty());
  EXPECT_TRUE(filing.findings.empty());
}

TEST(FlatTable, GroupsOneRowPerIndicatorInAnyColumnOrder) {
  std::vector<Table> tables;
  tables.push_back(TableBuilder(6)
                       .row({"指标值", "项目名称", "二级指标", "项目编号", "一级指标", "预算金额"})
                       .row({"≥1次", "甲", "数量指标", "P1", "产出指标", "24"})
                       .row({"≥95%", "甲", "质量指标", "P1", "产出指标", "24"})
                       .row({"", "乙", "", "P2", "", "3"})
                       .build());
  Filing filing = run(std::move(tables));
  ASSERT_EQ(filing.projects.size(), 2u);
  EXPECT_EQ(filing.projects[0].code.text, "P1");
  EXPECT_EQ(filing.projects[0].budget.total.text, "24");
  ASSERT_EQ(filing.projects[0].indicators.size(), 2u);
  EXPECT_EQ(filing.projects[0].indicators[1].level2.text, "质量指标");
  EXPECT_EQ(filing.projects[1].name.text, "乙");
  EXPECT_TRUE(filing.projects[1].indicators.empty());  // a project row without indicators
}

TEST(FlatTable, KeepsAndReportsColumnsItDoesNotKnow) {
  std::vector<Table> tables;
  tables.push_back(TableBuilder(5)
                       .row({"项目编码", "项目名称", "三级指标", "指标值", "责任科室"})
                       .row({"P1", "甲", "次数", "1次", "规划科"})
                       .build());
  Filing filing = run(std::move(tables));
  ASSERT_EQ(filing.projects.size(), 1u);
  ASSERT_EQ(filing.projects[0].indicators.size(), 1u);
  const Indicator& indicator = filing.projects[0].indicators[0];
  ASSERT_EQ(indicator.extras.size(), 1u);
  EXPECT_EQ(indicator.extras[0].heading, "责任科室");
  EXPECT_EQ(indicator.extras[0].field.text, "规划科");
  ASSERT_EQ(filing.findings.size(), 1u);
  EXPECT_EQ(filing.findings[0].rule, "unknown-column");
}

// kpiconv's parse columns are redone from 指标值; one that says more is kept.
TEST(FlatTable, KeepsAParseColumnThatSaysMoreThanTheValue) {
  std::vector<Table> tables;
  tables.push_back(TableBuilder(6)
                       .row({"项目编码", "项目名称", "三级指标", "指标值", "计量单位", "比较符号"})
                       .row({"P1", "甲", "次数", "1", "次", "="})
                       .row({"P1", "甲", "到位率", "≥95%", "%", "≥"})
                       .build());
  Filing filing = run(std::move(tables));
  ASSERT_EQ(filing.projects.size(), 1u);
  ASSERT_EQ(filing.projects[0].indicators.size(), 2u);
  const Indicator& bare = filing.projects[0].indicators[0];
  ASSERT_EQ(bare.extras.size(), 1u);
  EXPECT_EQ(bare.extras[0].heading, "计量单位");
  EXPECT_EQ(bare.extras[0].field.text, "次");
  EXPECT_TRUE(filing.projects[0].indicators[1].extras.empty());
  EXPECT_TRUE(filing.findings.empty());
}

// In kpiconv's own layout (with 值类型) the parse columns are derived: an edited 指标值 leaves them
// behind, and they are redone from it, with one finding, never kept as extra columns.
TEST(FlatTable, RedoesKpiconvsOwnParseColumnsLeftBehindByAnEdit) {
  std::vector<Table> tables;
  tables.push_back(
      TableBuilder(7)
          .row({"项目编码", "项目名称", "三级指标", "指标值", "值类型", "数值", "计量单位"})
          .row({"P1", "甲", "次数", "≥2次", "quantitative", "1", "次"})
          .row({"P1", "甲", "到位率", "≥90%", "quantitative", "95", "%"})
          .row({"P1", "甲", "效果", "明显", "qualitative", "", ""})
          .build());
  Filing filing = run(std::move(tables));
  ASSERT_EQ(filing.projects.size(), 1u);
  ASSERT_EQ(filing.projects[0].indicators.size(), 3u);
  for (const Indicator& indicator : filing.projects[0].indicators) {
    EXPECT_TRUE(indicator.extras.empty()) << indicator.value.text;
  }
  EXPECT_EQ(filing.projects[0].indicators[0].parsed.number, "2");
  EXPECT_EQ(filing.projects[0].indicators[1].parsed.number, "90");
  ASSERT_EQ(filing.findings.size(), 1u);
  EXPECT_EQ(filing.findings[0].rule, "stale-value-parse");
  EXPECT_EQ(filing.findings[0].severity, Severity::kInfo);
  EXPECT_NE(filing.findings[0].message.find("2 个解析列单元格"), std::string::npos)
      << filing.findings[0].message;
}

TEST(FlatTable, FindsTheHeaderBelowATitle) {
  std::vector<Table> tables;
  tables.push_back(TableBuilder(4)
                       .row({test::CellSpec("2024年项目绩效目标导入表", 4)})
                       .row({"项目编码", "项目名称", "一级指标", "指标值"})
                       .row({"P1", "甲", "产出指标", "1"})
                       .build());
  Filing filing = run(std::move(tables));
  ASSERT_EQ(filing.projects.size(), 1u);
  EXPECT_EQ(filing.projects[0].indicators.size(), 1u);
}

TEST(FlatTable, LeavesTheWordFormToTheFormReader) {
  Vocabulary::builtin();
  std::vector<Project> projects;
  std::vector<Finding> findings;
  FlatTableReader reader(Vocabulary::builtin(), projects, findings);
  Table form = TableBuilder(6)
                   .row({"项目编码", "P1", "项目名称", "甲", "预算数", "24"})
                   .row({"预算规模及资金用途", "预算数", "24", "其中：财政资金", "24", "其他资金"})
                   .build();
  EXPECT_FALSE(reader.read(form));
  Table org = TableBuilder(3)
                  .row({"单位名称", "单位性质", "单位规格"})
                  .row({"某局", "行政", "正科级"})
                  .build();
  EXPECT_FALSE(reader.read(org));
  EXPECT_TRUE(projects.empty());
}

}  // namespace
}  // namespace kpiconv
