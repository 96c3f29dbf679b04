// Recognizer::send_projects_to: a project leaves as soon as no later table can change it, and the
// projects sent are those the whole filing would hold.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "converter/recognize/recognizer.h"
#include "formats/json/filing_json.h"
#include "support/seed_fixtures.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::CellSpec;
using test::paragraph;
using test::TableBuilder;

Table stream_header_table(int ordinal, const std::string& code) {
  return TableBuilder(4, ordinal)
      .row({CellSpec("471001某局", 2), CellSpec("单位：万元", 2)})
      .row({"项目编码", code, "项目名称", "甲"})
      .row({"预算数", "2.00", "其中：财政资金", "2.00"})
      .build();
}

Table stream_indicator_table(int ordinal) {
  return TableBuilder(6, ordinal)
      .row({"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"})
      .row({"产出指标", "数量指标", "次数", "补助次数", "≥1次", "文件"})
      .build();
}

struct CollectedProjects : ProjectSink {
  void project(Project&& project) override { projects.push_back(std::move(project)); }
  std::vector<Project> projects;
};

TEST(ProjectStream, SendsAProjectOnceTheNextOneStarts) {
  CollectedProjects sink;
  Recognizer recognizer;
  recognizer.send_projects_to(sink);
  recognizer.block(paragraph("1. A绩效目标表"));
  recognizer.block(stream_header_table(1, "A1"));
  recognizer.block(paragraph(" "));
  EXPECT_TRUE(sink.projects.empty());  // its indicators may follow in the next table
  recognizer.block(stream_indicator_table(2));
  EXPECT_TRUE(sink.projects.empty());  // and more of them in another
  recognizer.block(paragraph("2. B绩效目标表"));
  recognizer.block(stream_header_table(3, "B2"));
  ASSERT_EQ(sink.projects.size(), 1u);
  EXPECT_EQ(sink.projects[0].code.text, "A1");
  ASSERT_EQ(sink.projects[0].indicators.size(), 1u);
  EXPECT_EQ(sink.projects[0].indicators[0].parsed.comparator, "≥");  // parsed before it leaves
  recognizer.block(stream_indicator_table(4));
  Filing rest = recognizer.finish({"in.docx", "docx"});
  ASSERT_EQ(sink.projects.size(), 2u);
  EXPECT_EQ(sink.projects[1].code.text, "B2");
  EXPECT_EQ(sink.projects[1].indicators.size(), 1u);
  EXPECT_TRUE(rest.projects.empty());
}

TEST(ProjectStream, HoldsAFlatLayoutsProjectsToTheEnd) {
  CollectedProjects sink;
  Recognizer recognizer;
  recognizer.send_projects_to(sink);
  recognizer.block(TableBuilder(3)
                       .row({"项目编码", "项目名称", "预算数"})
                       .row({"P1", "甲", "1"})
                       .row({"P2", "乙", "2"})
                       .build());
  recognizer.block(TableBuilder(5)
                       .row({"项目编码", "项目名称", "一级指标", "三级指标", "指标值"})
                       .row({"P1", "甲", "产出指标", "次数", "1次"})
                       .row({"P2", "乙", "效益指标", "满意度", "≥90%"})
                       .build());
  EXPECT_TRUE(sink.projects.empty());  // the second sheet added indicators to both
  Filing rest = recognizer.finish({"in.xlsx", "xlsx"});
  ASSERT_EQ(sink.projects.size(), 2u);
  EXPECT_EQ(sink.projects[0].indicators.size(), 1u);
  EXPECT_EQ(sink.projects[1].indicators.size(), 1u);
  EXPECT_EQ(sink.projects[1].indicators[0].parsed.number, "90");
  EXPECT_TRUE(rest.projects.empty());
}

class StreamedSeeds : public ::testing::TestWithParam<const char*> {};

TEST_P(StreamedSeeds, GiveTheProjectsOfTheWholeFiling) {
  CollectedProjects sink;
  Filing rest = read_filing(GetParam(), {}, sink);
  Filing whole = read_filing(GetParam());
  rest.projects = std::move(sink.projects);
  test::expect_same_json(nlohmann::json::parse(filing_to_json(rest).dump()),
                         nlohmann::json::parse(filing_to_json(whole).dump()), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, StreamedSeeds, ::testing::ValuesIn(test::kFixtureDocuments));

}  // namespace
}  // namespace kpiconv
