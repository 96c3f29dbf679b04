#include "converter/recognize/recognizer.h"

#include <gtest/gtest.h>

#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::CellSpec;
using test::paragraph;
using test::TableBuilder;

// The header table of seeds 000–003, with real merges.
Table header_table(int ordinal, const std::string& code, const std::string& total,
                   std::vector<CellSpec> plan) {
  return TableBuilder(7, ordinal)
      .row({CellSpec("471001怀来县工业和信息化局", 4), CellSpec("单位：万元", 3)})
      .row({"项目编码", CellSpec(code, 2), "项目名称", CellSpec(" 定额补助资金", 3)})
      .row({CellSpec("预算规模及资金用途", 1, 2), "预算数", total, "其中：财政    资金", total,
            "其他资金", " "})
      .row({CellSpec("用于本单位日常业务支出", 6)})
      .row({CellSpec("资金支出计划（%）", 1, 2), CellSpec("3月底", 2), CellSpec("6月底", 2),
            "10月底", "12月底"})
      .row(std::move(plan))
      .row({"绩效目标", CellSpec("1.本着专款专用的精神，按时将补助发放到位。", 6)})
      .build();
}

Table indicator_table(int ordinal) {
  return TableBuilder(6, ordinal)
      .row({"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"})
      .row({CellSpec("产出指标", 1, 2), "数量指标", "定额补助次数", "定额补助拨付次数", "≥1次",
            "怀财字[2024]7号"})
      .row({"质量指标", "到位率", "资金拨付到位率", "≥95百分比", "怀财字[2024]7号"})
      .row({"效益指标", "社会效益指标", "满足工作需要", "满足工作需要", "进一步提升",
            "怀财字[2024]7号"})
      .build();
}

std::vector<CellSpec> plan_30_60_90_100() {
  return {CellSpec("30%", 2), CellSpec("60%", 2), "90%", "100%"};
}

Filing run(std::vector<Block> blocks, DocumentMetadata metadata = {}) {
  Recognizer recognizer;
  recognizer.metadata(metadata);
  for (Block& block : blocks) recognizer.block(std::move(block));
  return recognizer.finish({"in.docx", "docx"});
}

TEST(Recognizer, ReadsHeaderAndIndicatorTablesAsOneProject) {
  std::vector<Block> blocks;
  blocks.emplace_back(paragraph("1. 定额补助资金绩效目标表", "heading 2"));
  blocks.emplace_back(header_table(1, "13073024P00008610002Q", "24.00", plan_30_60_90_100()));
  blocks.emplace_back(paragraph(" "));
  blocks.emplace_back(indicator_table(2));
  Filing filing = run(std::move(blocks));

  ASSERT_EQ(filing.projects.size(), 1u);
  const Project& project = filing.projects[0];
  EXPECT_EQ(project.title.text, "1. 定额补助资金绩效目标表");
  EXPECT_EQ(project.unit_code.text, "471001");
  EXPECT_EQ(project.unit_name.text, "怀来县工业和信息化局");
  EXPECT_EQ(project.amount_unit.text, "万元");
  EXPECT_EQ(project.code.text, "13073024P00008610002Q");
  EXPECT_EQ(project.code.where.locator, "tbl[1]/tr[2]/tc[2]");
  EXPECT_EQ(project.name.text, "定额补助资金");
  EXPECT_EQ(project.budget.total.text, "24.00");
  EXPECT_EQ(project.budget.fiscal.text, "24.00");
  EXPECT_EQ(project.budget.other.text, "");
  EXPECT_EQ(project.budget.other.where.locator, "tbl[1]/tr[3]/tc[7]");
  EXPECT_EQ(project.purpose.text, "用于本单位日常业务支出");
  EXPECT_EQ(project.spending_plan[0].text, "30%");
  EXPECT_EQ(project.spending_plan[3].text, "100%");
  EXPECT_EQ(project.goals.text, "1.本着专款专用的精神，按时将补助发放到位。");
  ASSERT_EQ(project.indicators.size(), 3u);
  const Indicator& second = project.indicators[1];
  EXPECT_EQ(second.level1.text, "产出指标");
  EXPECT_TRUE(second.level1.inherited);
  EXPECT_EQ(second.level1.where.locator, "tbl[2]/tr[2]/tc[1]");
  EXPECT_EQ(second.level2.text, "质量指标");
  EXPECT_EQ(second.value.text, "≥95百分比");
  EXPECT_EQ(second.row.locator, "tbl[2]/tr[3]");
  EXPECT_EQ(project.indicators[2].level1.text, "效益指标");
  EXPECT_TRUE(filing.tables.empty());
  EXPECT_TRUE(filing.findings.empty());
}

TEST(Recognizer, StartsANewProjectAtEachTitledHeaderTable) {
  std::vector<Block> blocks;
  blocks.emplace_back(paragraph("1. A绩效目标表"));
  blocks.emplace_back(header_table(1, "A1", "1.00", plan_30_60_90_100()));
  blocks.emplace_back(indicator_table(2));  // adjacent, as in seed 001
  blocks.emplace_back(paragraph("2. B绩效目标表"));
  blocks.emplace_back(header_table(3, "B2", "2.00", plan_30_60_90_100()));
  blocks.emplace_back(indicator_table(4));
  Filing filing = run(std::move(blocks));
  ASSERT_EQ(filing.projects.size(), 2u);
  EXPECT_EQ(filing.projects[0].code.text, "A1");
  EXPECT_EQ(filing.projects[0].indicators.size(), 3u);
  EXPECT_EQ(filing.projects[1].title.text, "2. B绩效目标表");
  EXPECT_EQ(filing.projects[1].budget.total.text, "2.00");
  EXPECT_EQ(filing.projects[1].indicators.size(), 3u);
}

// Seed 004: one table per project, the unit line in paragraphs, labels broken by the PDF.
TEST(Recognizer, ReadsTheSingleTableLayoutWithUnitParagraphs) {
  std::vector<Block> blocks;
  blocks.emplace_back(paragraph("2. 拨付邓庆久等人参照行政退休人员待遇资金绩效目标表"));
  blocks.emplace_back(paragraph("471001 秦皇岛市抚宁区科技和工业信息化局本级"));
  blocks.emplace_back(paragraph("单位：万元"));
  blocks.emplace_back(
      TableBuilder(7)
          .row({"项目编号", CellSpec("13030624P000011100023", 2), "项目名称",
                CellSpec("拨付邓庆久等人参照行政退休人员待遇资金", 3)})
          .row({CellSpec("预算规模及 资金用途", 1, 2), "预算数", "1.87", "其中：财政 资金", "1.87",
                "其他资金", ""})
          .row({CellSpec("用于邓庆久等4人月度生活补贴", 6)})
          .row({CellSpec("资金支出计 划（%）", 1, 2), "3月底", "", "6月底", "10月底", "12月底"})
          .row({"25%", "", "50%", "75%", "100%"})
          .row({CellSpec("绩效目标", 1, 2), CellSpec("1. 拨付月度生活补贴", 6)})
          .row({CellSpec("2. 拨付护理费", 6)})
          .row({"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                CellSpec("指标值确定依据", 2)})
          .row({CellSpec("产出指标", 1, 2), "数量指标", "拨付人数", "拨付人数", "4人",
                CellSpec("工作计划", 2)})
          .row({"数量指标", "生活补贴", "退休人员月度生活补贴", "≥1.75万元",
                CellSpec("工作计划", 2)})
          .row({"效益指标", "社会效益指 标", "社会效益提 升%", "社会效益提升%", "≥90%",
                CellSpec("工作计划", 2)})
          .build());
  Filing filing = run(std::move(blocks));
  ASSERT_EQ(filing.projects.size(), 1u);
  const Project& project = filing.projects[0];
  EXPECT_EQ(project.title.text, "2. 拨付邓庆久等人参照行政退休人员待遇资金绩效目标表");
  EXPECT_EQ(project.unit_code.text, "471001");
  EXPECT_EQ(project.unit_name.text, "秦皇岛市抚宁区科技和工业信息化局本级");
  EXPECT_EQ(project.amount_unit.text, "万元");
  EXPECT_EQ(project.code.text, "13030624P000011100023");
  EXPECT_EQ(project.budget.fiscal.text, "1.87");
  EXPECT_EQ(project.purpose.text, "用于邓庆久等4人月度生活补贴");
  EXPECT_EQ(project.goals.text, "1. 拨付月度生活补贴\n2. 拨付护理费");
  std::vector<std::string> plan;
  for (const Field& quarter : project.spending_plan) plan.push_back(quarter.text);
  EXPECT_EQ(plan, (std::vector<std::string>{"25%", "50%", "75%", "100%"}));
  ASSERT_EQ(project.indicators.size(), 3u);
  EXPECT_EQ(project.indicators[1].level1.text, "产出指标");
  EXPECT_EQ(project.indicators[1].level2.text, "数量指标");
  EXPECT_EQ(project.indicators[1].basis.text, "工作计划");
  EXPECT_EQ(project.indicators[2].level2.text, "社会效益指 标");  // raw text kept
}

TEST(Recognizer, FillsDownBlankGroupCellsWithinTheSameGroup) {
  std::vector<Block> blocks;
  blocks.emplace_back(
      TableBuilder(6)
          .row({"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"})
          .row({"产出指标", "数量指标", "a", "a", "1", "x"})
          .row({"", "", "b", "b", "2", "x"})
          .row({"效益指标", "", "c", "c", "3", "x"})
          .build());
  Filing filing = run(std::move(blocks));
  ASSERT_EQ(filing.projects.size(), 1u);
  const auto& indicators = filing.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[1].level1.text, "产出指标");
  EXPECT_EQ(indicators[1].level2.text, "数量指标");
  EXPECT_TRUE(indicators[1].level2.inherited);
  EXPECT_EQ(indicators[2].level1.text, "效益指标");
  EXPECT_EQ(indicators[2].level2.text, "");  // a new group does not inherit the old 二级
  ASSERT_EQ(filing.findings.size(), 1u);
  EXPECT_EQ(filing.findings[0].rule, "indicators-without-header");
}

TEST(Recognizer, ReadsSeveralProjectsFromOneTable) {
  std::vector<Block> blocks;
  blocks.emplace_back(
      TableBuilder(6)
          .row({CellSpec("471001某局", 4), CellSpec("单位：元", 2)})
          .row({"项目编码", "P1", "项目名称", CellSpec("甲", 3)})
          .row({"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"})
          .row({"产出指标", "数量指标", "a", "a", "1", "x"})
          .row({CellSpec("471002某中心", 4), CellSpec("单位：万元", 2)})
          .row({"项目编码", "P2", "项目名称", CellSpec("乙", 3)})
          .row({"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"})
          .row({"效益指标", "社会效益指标", "b", "b", "2", "y"})
          .build());
  Filing filing = run(std::move(blocks));
  ASSERT_EQ(filing.projects.size(), 2u);
  EXPECT_EQ(filing.projects[0].amount_unit.text, "元");
  EXPECT_EQ(filing.projects[0].indicators.size(), 1u);
  EXPECT_EQ(filing.projects[1].unit_code.text, "471002");
  EXPECT_EQ(filing.projects[1].amount_unit.text, "万元");
  EXPECT_EQ(filing.projects[1].name.text, "乙");
  EXPECT_EQ(filing.projects[1].indicators[0].value.text, "2");
}

TEST(Recognizer, KeepsOtherTablesWithTheirTitles) {
  std::vector<Block> blocks;
  blocks.emplace_back(paragraph("部门机构设置情况"));
  blocks.emplace_back(TableBuilder(2).row({"单位名称", "单位性质"}).row({"某局", "行政"}).build());
  blocks.emplace_back(paragraph("我部门上年末固定资产金额为19.81215万元（详见下表）。"));
  blocks.emplace_back(TableBuilder(3)
                          .row({CellSpec("固定资产占用情况表", 3)})
                          .row({"项目", "数量", "价值"})
                          .build());
  blocks.emplace_back(paragraph("政府采购预算明细表"));
  // 项目名称 alone heads a procurement table: not a project.
  blocks.emplace_back(TableBuilder(3)
                          .row({"项目名称", "预算    资金", "数量"})
                          .row({"公用经费", "40.00", "1"})
                          .build());
  // Nor does 项目名称 with one amount (a procurement list from the third-party corpus).
  blocks.emplace_back(TableBuilder(4)
                          .row({"序号", "项目名称", "服务期限", "预算金额"})
                          .row({"1", "农贸市场经营管理权", "二年", "35万元/年"})
                          .build());
  blocks.emplace_back(paragraph("具体内容见下表。"));
  blocks.emplace_back(TableBuilder(1).row({"x"}).build());
  Filing filing = run(std::move(blocks));
  EXPECT_TRUE(filing.projects.empty());
  ASSERT_EQ(filing.tables.size(), 5u);
  EXPECT_EQ(filing.tables[0].title, "部门机构设置情况");
  EXPECT_EQ(filing.tables[0].grid.rows, 2);
  EXPECT_EQ(filing.tables[1].title, "固定资产占用情况表");
  EXPECT_EQ(filing.tables[2].title, "政府采购预算明细表");
  EXPECT_EQ(filing.tables[3].title, "");  // no paragraph between two tables
  EXPECT_EQ(filing.tables[4].title, "");  // a sentence is not a caption
  EXPECT_TRUE(filing.findings.empty());
}

TEST(Recognizer, TakesTheTitleFromTitleStyledLinesElseFromMetadata) {
  std::vector<Block> blocks;
  blocks.emplace_back(paragraph("秦皇岛市抚宁区科技和工业", "Title"));
  blocks.emplace_back(paragraph("信息化局", "Title"));
  blocks.emplace_back(paragraph("2024 年部门预算绩效文本", "Title"));
  blocks.emplace_back(paragraph("(草案)", "Title"));
  blocks.emplace_back(paragraph("秦皇岛市抚宁区科技和工业信息化局编制"));
  blocks.emplace_back(paragraph("Later", "Title"));
  Filing filing = run(std::move(blocks), {"core title", ""});
  EXPECT_EQ(filing.title, "秦皇岛市抚宁区科技和工业信息化局2024 年部门预算绩效文本(草案)");

  std::vector<Block> plain;
  plain.emplace_back(paragraph("第一部分"));
  EXPECT_EQ(run(std::move(plain), {" 某局 2024 预算绩效文本 ", ""}).title, "某局 2024 预算绩效文本");
}

TEST(Recognizer, JoinsLatinTitleLinesWithASpace) {
  std::vector<Block> blocks;
  blocks.emplace_back(paragraph("Budget 2024", "Title"));
  blocks.emplace_back(paragraph("Draft", "Title"));
  EXPECT_EQ(run(std::move(blocks)).title, "Budget 2024 Draft");
}

TEST(Recognizer, TurnsReaderWarningsIntoFindings) {
  Recognizer recognizer;
  recognizer.warning({"altChunk content not read", {"word/document.xml", "p[3]"}});
  Filing filing = recognizer.finish({"in.docx", "docx"});
  ASSERT_EQ(filing.findings.size(), 1u);
  EXPECT_EQ(filing.findings[0].rule, "reader-warning");
  EXPECT_EQ(filing.findings[0].where.locator, "p[3]");
}

}  // namespace
}  // namespace kpiconv
