// diff_filings: what changed, item by item, named by canonical field and placed in the `before`
// filing.
#include "converter/diff/filing_diff.h"

#include <gtest/gtest.h>

#include "support/table_builder.h"
#include "unit/diff/sample_filing.h"

namespace kpiconv {
namespace {

using test::sample_filing;
using test::sample_indicator;
using test::sample_project;
using test::sample_table;

Filing two_projects() {
  return sample_filing({sample_project("P1", "甲", 1), sample_project("P2", "乙", 2)},
                       {sample_table("采购表")});
}

TEST(DiffFilings, AFilingEqualsItself) {
  Filing filing = two_projects();
  EXPECT_TRUE(diff_filings(filing, filing).empty());
}

TEST(DiffFilings, SourcesFindingsAndPlacesAreNotCompared) {
  Filing before = two_projects();
  Filing after = before;
  after.source = {"out.xlsx", "xlsx"};
  after.findings.push_back({"rate-unit", Severity::kWarning, "…", "P1", {}, 1});
  after.projects[0].budget.total.where = {"", "项目!F2"};
  after.projects[0].indicators[0].parsed = {};
  EXPECT_TRUE(diff_filings(before, after).empty());
}

TEST(DiffFilings, AChangedFieldHasItsCanonicalNameTextsAndPlace) {
  Filing before = two_projects();
  Filing after = before;
  after.projects[1].budget.total.text = "25.00";
  after.projects[1].spending_plan[2].text = "80%";
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.projects.size(), 1u);
  const ProjectChange& project = diff.projects[0];
  EXPECT_EQ(project.kind, ChangeKind::kChanged);
  EXPECT_EQ(project.identity, "P2");
  EXPECT_EQ(project.pair.before, 1);
  EXPECT_EQ(project.pair.after, 1);
  ASSERT_EQ(project.fields.size(), 2u);
  EXPECT_EQ(project.fields[0].field, "budget.total");
  EXPECT_EQ(project.fields[0].before, "24.00");
  EXPECT_EQ(project.fields[0].after, "25.00");
  EXPECT_EQ(project.fields[0].where.to_string(), "word/document.xml#tbl[2]/tr[4]/tc[2]");
  EXPECT_EQ(project.fields[1].field, "spending_plan[2]");
  EXPECT_TRUE(project.indicators.empty());
}

TEST(DiffFilings, ProjectsAddedAndRemoved) {
  Filing before = two_projects();
  Filing after = before;
  after.projects.erase(after.projects.begin());
  after.projects.push_back(sample_project("P3", "丙", 3));
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.projects.size(), 2u);
  EXPECT_EQ(diff.projects[0].kind, ChangeKind::kRemoved);
  EXPECT_EQ(diff.projects[0].identity, "P1");
  EXPECT_EQ(diff.projects[1].kind, ChangeKind::kAdded);
  EXPECT_EQ(diff.projects[1].identity, "P3");
}

TEST(DiffFilings, IndicatorsAddedRemovedChangedAndRenamed) {
  Filing before = two_projects();
  Filing after = before;
  std::vector<Indicator>& indicators = after.projects[0].indicators;
  indicators[0].level3.text = "定额补助次数";  // same description: a rename
  indicators[1].value.text = "≥98%";
  indicators.erase(indicators.begin() + 2);
  indicators.push_back(sample_indicator("效益指标", "社会效益指标", "满足需要", "提升"));
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.projects.size(), 1u);
  const std::vector<IndicatorChange>& changes = diff.projects[0].indicators;
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_EQ(changes[0].kind, ChangeKind::kRenamed);
  ASSERT_EQ(changes[0].fields.size(), 1u);
  EXPECT_EQ(changes[0].fields[0].field, "level3");
  EXPECT_EQ(changes[0].fields[0].before, "补助次数");
  EXPECT_EQ(changes[0].fields[0].after, "定额补助次数");
  EXPECT_EQ(changes[1].kind, ChangeKind::kChanged);
  ASSERT_EQ(changes[1].fields.size(), 1u);
  EXPECT_EQ(changes[1].fields[0].field, "value");
  EXPECT_EQ(changes[1].fields[0].where.to_string(), "word/document.xml#tbl[1]/tr[11]/tc[5]");
  EXPECT_EQ(changes[2].kind, ChangeKind::kRemoved);
  EXPECT_EQ(changes[2].pair.before, 2);
  EXPECT_EQ(changes[3].kind, ChangeKind::kAdded);
  EXPECT_EQ(changes[3].pair.after, 2);
}

TEST(DiffFilings, ExtraColumnsByHeading) {
  Filing before = two_projects();
  before.projects[0].extras = {{"备注", test::field("无")}, {"负责人", test::field("张三")}};
  Filing after = before;
  after.projects[0].extras = {{"负责人", test::field("李四")}, {"联系电话", test::field("123")}};
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.projects.size(), 1u);
  const std::vector<FieldChange>& fields = diff.projects[0].fields;
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0].field, "extra.备注");
  EXPECT_EQ(fields[0].after, "");
  EXPECT_EQ(fields[1].field, "extra.负责人");
  EXPECT_EQ(fields[2].field, "extra.联系电话");
  EXPECT_EQ(fields[2].before, "");
}

TEST(DiffFilings, TitleAndTableCells) {
  Filing before = two_projects();
  Filing after = before;
  after.title = "新标题";
  after.tables[0].grid.cells[3].text = "4";
  after.tables[0].grid.cells[0].text = "名称\n";  // ends are trimmed, as every writer gives them
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.filing_fields.size(), 1u);
  EXPECT_EQ(diff.filing_fields[0].field, "title");
  ASSERT_EQ(diff.tables.size(), 1u);
  EXPECT_EQ(diff.tables[0].kind, ChangeKind::kChanged);
  EXPECT_FALSE(diff.tables[0].shape_changed);
  ASSERT_EQ(diff.tables[0].cells.size(), 1u);
  EXPECT_EQ(diff.tables[0].cells[0].row, 1);
  EXPECT_EQ(diff.tables[0].cells[0].col, 1);
  EXPECT_EQ(diff.tables[0].cells[0].before, "3");
  EXPECT_EQ(diff.tables[0].cells[0].after, "4");
  EXPECT_EQ(diff.tables[0].cells[0].where.to_string(), "word/document.xml#tbl[1]/tr[2]/tc[2]");
}

TEST(DiffFilings, ATableOfAnotherShape) {
  Filing before = two_projects();
  Filing after = before;
  after.tables[0].grid = test::TableBuilder(2).row({{"名称与数量", 2}}).row({"电脑", "3"}).build();
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.tables.size(), 1u);
  EXPECT_TRUE(diff.tables[0].shape_changed);
  ASSERT_EQ(diff.tables[0].cells.size(), 2u);  // A1's text, B1 gone
  EXPECT_EQ(diff.tables[0].cells[1].before, "数量");
  EXPECT_EQ(diff.tables[0].cells[1].after, "");
}

TEST(DiffFilings, TablesAddedAndRemoved) {
  Filing before = two_projects();
  Filing after = before;
  after.tables = {sample_table("资产表")};
  FilingDiff diff = diff_filings(before, after);
  ASSERT_EQ(diff.tables.size(), 2u);
  EXPECT_EQ(diff.tables[0].kind, ChangeKind::kRemoved);
  EXPECT_EQ(diff.tables[0].title, "采购表");
  EXPECT_EQ(diff.tables[1].kind, ChangeKind::kAdded);
  EXPECT_EQ(diff.tables[1].title, "资产表");
}

}  // namespace
}  // namespace kpiconv
