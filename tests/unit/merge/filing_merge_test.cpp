// Three-way merge: disjoint edits combine, identical edits are no conflict, different edits keep
// OURS and are listed, removals against changes are conflicts, additions land after their
// predecessor.
#include "converter/merge/filing_merge.h"

#include <gtest/gtest.h>

#include "converter/diff/filing_diff.h"
#include "converter/merge/merge_report.h"
#include "support/table_builder.h"
#include "unit/diff/sample_filing.h"

namespace kpiconv {
namespace {

using test::sample_filing;
using test::sample_indicator;
using test::sample_project;
using test::sample_table;

Filing base_filing() {
  return sample_filing({sample_project("P1", "甲", 1), sample_project("P2", "乙", 2)},
                       {sample_table("采购表")});
}

std::vector<std::string> codes_of(const Filing& filing) {
  std::vector<std::string> codes;
  for (const Project& project : filing.projects) codes.push_back(project.code.text);
  return codes;
}

std::vector<std::string> level3_of(const Project& project) {
  std::vector<std::string> names;
  for (const Indicator& indicator : project.indicators) names.push_back(indicator.level3.text);
  return names;
}

using Strings = std::vector<std::string>;

TEST(MergeFilings, NoEditsGiveTheBase) {
  Filing base = base_filing();
  MergeResult result = merge_filings(base, base, base);
  EXPECT_TRUE(result.conflicts.empty());
  EXPECT_TRUE(diff_filings(base, result.merged).empty());
}

TEST(MergeFilings, DisjointEditsCombine) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[0].budget.total.text = "25.00";
  ours.projects[0].budget.other.text = "1.00";
  ours.tables[0].grid.cells[1].text = "台数";
  Filing theirs = base;
  theirs.title = "新标题";
  theirs.projects[1].name.text = "乙改";
  theirs.projects[0].indicators[1].value.text = "≥98%";
  theirs.projects[0].indicators[1].parsed = parse_indicator_value("≥98%");
  theirs.tables[0].grid.cells[3].text = "4";
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  const Filing& merged = result.merged;
  EXPECT_EQ(merged.title, "新标题");
  EXPECT_EQ(merged.projects[0].budget.total.text, "25.00");
  EXPECT_EQ(merged.projects[0].budget.other.text, "1.00");
  EXPECT_EQ(merged.projects[0].indicators[1].value.text, "≥98%");
  EXPECT_EQ(merged.projects[0].indicators[1].parsed.number, "98");
  EXPECT_EQ(merged.projects[1].name.text, "乙改");
  EXPECT_EQ(merged.tables[0].grid.cells[1].text, "台数");
  EXPECT_EQ(merged.tables[0].grid.cells[3].text, "4");
  EXPECT_EQ(merged.source.path, "in.docx");
  EXPECT_TRUE(merged.findings.empty());
}

TEST(MergeFilings, IdenticalEditsOnBothSidesAreNoConflict) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[1].budget.total.text = "30.00";
  ours.projects[1].indicators[0].value.text = "≥2次";
  ours.tables[0].grid.cells[3].text = "5";
  Filing theirs = ours;
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  EXPECT_TRUE(diff_filings(ours, result.merged).empty());
}

TEST(MergeFilings, DifferentEditsOfOneFieldKeepOursAndAreListed) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[0].budget.total.text = "25.00";
  ours.projects[0].indicators[1].value.text = "≥96%";
  ours.tables[0].grid.cells[3].text = "4";
  ours.title = "我方标题";
  Filing theirs = base;
  theirs.projects[0].budget.total.text = "26.00";
  theirs.projects[0].indicators[1].value.text = "≥97%";
  theirs.tables[0].grid.cells[3].text = "5";
  theirs.title = "对方标题";
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(diff_filings(ours, result.merged).empty());
  ASSERT_EQ(result.conflicts.size(), 4u);

  const MergeConflict& title = result.conflicts[0];
  EXPECT_EQ(title.project, "");
  EXPECT_EQ(title.field, "title");
  EXPECT_EQ(title.ours, "我方标题");

  const MergeConflict& budget = result.conflicts[1];
  EXPECT_EQ(budget.kind, ConflictKind::kBothChanged);
  EXPECT_EQ(budget.project, "P1");
  EXPECT_EQ(budget.indicator, 0);
  EXPECT_EQ(budget.field, "budget.total");
  EXPECT_EQ(budget.base, "24.00");
  EXPECT_EQ(budget.ours, "25.00");
  EXPECT_EQ(budget.theirs, "26.00");
  EXPECT_EQ(budget.where.to_string(), "word/document.xml#tbl[1]/tr[4]/tc[2]");

  const MergeConflict& value = result.conflicts[2];
  EXPECT_EQ(value.project, "P1");
  EXPECT_EQ(value.indicator, 2);
  EXPECT_EQ(value.indicator_path, "产出指标 / 质量指标 / 资金拨付到位率");
  EXPECT_EQ(value.field, "value");
  EXPECT_EQ(value.base, "≥95%");
  EXPECT_EQ(value.theirs, "≥97%");

  const MergeConflict& cell = result.conflicts[3];
  EXPECT_EQ(cell.table, "采购表");
  EXPECT_EQ(cell.field, "B2");
  EXPECT_EQ(cell.ours, "4");
  EXPECT_EQ(cell.theirs, "5");
}

TEST(MergeFilings, ARemovalAgainstNoChangeRemoves) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[0].indicators.erase(ours.projects[0].indicators.begin());
  ours.tables.clear();
  Filing theirs = base;
  theirs.projects.erase(theirs.projects.begin() + 1);
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  EXPECT_EQ(codes_of(result.merged), Strings{"P1"});
  EXPECT_EQ(level3_of(result.merged.projects[0]), (Strings{"资金拨付到位率", "服务满意度"}));
  EXPECT_TRUE(result.merged.tables.empty());
}

TEST(MergeFilings, ChangedByOursRemovedByTheirsIsKept) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[0].indicators[2].value.text = "≥90%";
  ours.projects[1].goals.text = "新目标";
  Filing theirs = base;
  theirs.projects[0].indicators.pop_back();
  theirs.projects.pop_back();
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_EQ(codes_of(result.merged), (Strings{"P1", "P2"}));
  EXPECT_EQ(result.merged.projects[0].indicators.size(), 3u);
  ASSERT_EQ(result.conflicts.size(), 2u);
  EXPECT_EQ(result.conflicts[0].kind, ConflictKind::kChangedAndRemoved);
  EXPECT_EQ(result.conflicts[0].project, "P1");
  EXPECT_EQ(result.conflicts[0].indicator, 3);
  EXPECT_EQ(result.conflicts[0].field, "");
  EXPECT_EQ(result.conflicts[1].kind, ConflictKind::kChangedAndRemoved);
  EXPECT_EQ(result.conflicts[1].project, "P2");
  EXPECT_EQ(result.conflicts[1].indicator, 0);
  EXPECT_EQ(result.conflicts[1].where.to_string(), "word/document.xml#tbl[2]");
}

TEST(MergeFilings, RemovedByOursChangedByTheirsStaysRemoved) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[0].indicators.erase(ours.projects[0].indicators.begin());
  Filing theirs = base;
  theirs.projects[0].indicators[0].basis.text = "新依据";
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_EQ(level3_of(result.merged.projects[0]), (Strings{"资金拨付到位率", "服务满意度"}));
  ASSERT_EQ(result.conflicts.size(), 1u);
  EXPECT_EQ(result.conflicts[0].kind, ConflictKind::kRemovedAndChanged);
  EXPECT_EQ(result.conflicts[0].indicator, 1);  // in BASE
  EXPECT_EQ(result.conflicts[0].indicator_path, "产出指标 / 数量指标 / 补助次数");
}

TEST(MergeFilings, AdditionsOnBothSidesFollowTheirPredecessors) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects.push_back(sample_project("P3", "丙", 3));
  ours.projects[0].indicators.push_back(sample_indicator("效益指标", "社会效益指标", "甲", "提升"));
  Filing theirs = base;
  theirs.projects.insert(theirs.projects.begin() + 1, sample_project("P4", "丁", 4));
  theirs.projects.insert(theirs.projects.begin(), sample_project("P0", "零", 5));
  std::vector<Indicator>& indicators = theirs.projects[1].indicators;
  indicators.insert(indicators.begin() + 1, sample_indicator("产出指标", "时效指标", "乙", "及时"));
  theirs.tables.push_back(sample_table("资产表"));
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  EXPECT_EQ(codes_of(result.merged), (Strings{"P0", "P1", "P4", "P2", "P3"}));
  EXPECT_EQ(level3_of(result.merged.projects[1]),
            (Strings{"补助次数", "乙", "资金拨付到位率", "服务满意度", "甲"}));
  ASSERT_EQ(result.merged.tables.size(), 2u);
  EXPECT_EQ(result.merged.tables[1].title, "资产表");
}

TEST(MergeFilings, TheSameAdditionOnBothSidesMergesAsIfBaseHadItEmpty) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects.push_back(sample_project("P3", "丙", 3));
  Filing theirs = ours;
  theirs.projects[2].budget.total.text = "30.00";
  theirs.projects[2].purpose.text = "购置设备";
  ours.projects[2].purpose.text = "购置设备";
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_EQ(codes_of(result.merged), (Strings{"P1", "P2", "P3"}));
  ASSERT_EQ(result.conflicts.size(), 1u);
  EXPECT_EQ(result.conflicts[0].project, "P3");
  EXPECT_EQ(result.conflicts[0].field, "budget.total");
  EXPECT_EQ(result.conflicts[0].base, "");
  EXPECT_EQ(result.conflicts[0].ours, "24.00");
  EXPECT_EQ(result.conflicts[0].theirs, "30.00");
}

TEST(MergeFilings, ARenameOnOneSideAndAValueOnTheOtherCombine) {
  Filing base = base_filing();
  Filing ours = base;
  ours.projects[0].indicators[0].level3.text = "定额补助次数";  // same description: renamed
  Filing theirs = base;
  theirs.projects[0].indicators[0].value.text = "≥2次";
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  const Indicator& merged = result.merged.projects[0].indicators[0];
  EXPECT_EQ(merged.level3.text, "定额补助次数");
  EXPECT_EQ(merged.value.text, "≥2次");
}

TEST(MergeFilings, ExtraColumns) {
  Filing base = base_filing();
  base.projects[0].extras = {{"备注", test::field("无")}};
  Filing ours = base;
  ours.projects[0].extras = {{"备注", test::field("有")}};
  Filing theirs = base;
  theirs.projects[0].extras.push_back({"负责人", test::field("张三")});
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  ASSERT_EQ(result.merged.projects[0].extras.size(), 2u);
  EXPECT_EQ(result.merged.projects[0].extras[0].field.text, "有");
  EXPECT_EQ(result.merged.projects[0].extras[1].heading, "负责人");
}

TEST(MergeFilings, ATableReshapedOnBothSidesIsAConflict) {
  Filing base = base_filing();
  Filing ours = base;
  ours.tables[0].grid = test::TableBuilder(3).row({"名称", "数量", "单价"}).build();
  Filing theirs = base;
  theirs.tables[0].grid = test::TableBuilder(1).row({"名称"}).build();
  MergeResult result = merge_filings(base, ours, theirs);
  ASSERT_EQ(result.conflicts.size(), 1u);
  EXPECT_EQ(result.conflicts[0].table, "采购表");
  EXPECT_EQ(result.conflicts[0].field, "grid");
  EXPECT_EQ(result.merged.tables[0].grid.cols, 3);
}

TEST(MergeFilings, ATableReshapedOnOneSideIsTakenWhole) {
  Filing base = base_filing();
  Filing ours = base;
  Filing theirs = base;
  theirs.tables[0].grid = test::TableBuilder(3).row({"名称", "数量", "单价"}).build();
  MergeResult result = merge_filings(base, ours, theirs);
  EXPECT_TRUE(result.conflicts.empty());
  EXPECT_EQ(result.merged.tables[0].grid.cols, 3);
}

TEST(MergeReport, ConflictLines) {
  MergeConflict budget;
  budget.project = "P1";
  budget.field = "budget.total";
  budget.base = "24.00";
  budget.ours = "25.00";
  budget.theirs = "26.00";
  budget.where = {"word/document.xml", "tbl[1]/tr[4]/tc[2]"};
  EXPECT_EQ(conflict_line(budget, Language::kChinese),
            "冲突：项目 P1 预算数：原值“24.00”，我方“25.00”，对方“26.00”，保留我方"
            "（word/document.xml#tbl[1]/tr[4]/tc[2]）");
  EXPECT_EQ(conflict_line(budget, Language::kEnglish),
            "conflict: project P1 budget: base “24.00”, ours “25.00”, theirs “26.00”; kept ours "
            "(word/document.xml#tbl[1]/tr[4]/tc[2])");

  MergeConflict removed;
  removed.kind = ConflictKind::kRemovedAndChanged;
  removed.project = "P1";
  removed.indicator = 3;
  removed.indicator_path = "满意度指标 / 服务对象满意度指标 / 服务满意度";
  EXPECT_EQ(
      conflict_line(removed, Language::kChinese),
      "冲突：项目 P1 指标 3（满意度指标 / 服务对象满意度指标 / 服务满意度）整个指标：我方删除，"
      "对方修改，保持删除");

  MergeConflict cell;
  cell.table = "采购表";
  cell.field = "B2";
  cell.base = "3";
  cell.ours = "4";
  cell.theirs = "5";
  EXPECT_EQ(conflict_line(cell, Language::kEnglish),
            "conflict: table “采购表” B2: base “3”, ours “4”, theirs “5”; kept ours");

  MergeConflict title;
  title.field = "title";
  title.ours = "甲\n乙";
  EXPECT_EQ(conflict_line(title, Language::kChinese),
            "冲突：文件标题：原值“”，我方“甲 乙”，对方“”，保留我方");
}

TEST(MergeReport, ConflictsSheet) {
  MergeConflict value;
  value.project = "P1";
  value.indicator = 2;
  value.indicator_path = "产出指标 / 质量指标 / 资金拨付到位率";
  value.field = "value";
  value.base = "≥95%";
  value.ours = "≥96%";
  value.theirs = "≥97%";
  value.where = {"word/document.xml", "tbl[1]/tr[11]/tc[5]"};
  MergeConflict kept;
  kept.kind = ConflictKind::kChangedAndRemoved;
  kept.project = "P2";
  ReportSheet sheet = conflicts_report_sheet({value, kept}, Language::kChinese);
  EXPECT_EQ(sheet.name, "冲突");
  EXPECT_EQ(sheet.headings, (Strings{"项目", "指标", "字段", "原值", "我方", "对方", "位置"}));
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.rows[0],
            (Strings{"P1", "2 产出指标 / 质量指标 / 资金拨付到位率", "指标值", "≥95%", "≥96%",
                     "≥97%", "word/document.xml#tbl[1]/tr[11]/tc[5]"}));
  EXPECT_EQ(sheet.rows[1], (Strings{"P2", "", "整个项目", "", "已修改", "已删除", ""}));
}

}  // namespace
}  // namespace kpiconv
