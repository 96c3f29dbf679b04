// The identity rules (README "Matching rules"): projects by code, else name, else title;
// indicators by path with occurrence numbers and by description when renamed; tables by title.
#include "converter/diff/filing_match.h"

#include <gtest/gtest.h>

#include "support/table_builder.h"
#include "unit/diff/sample_filing.h"

namespace kpiconv {
namespace {

using test::sample_indicator;
using test::sample_project;

// "0>0 1>_ _>2": before>after for each pair, "_" for the missing side, "r" after a rename.
std::string pairs_of(const std::vector<MatchedPair>& pairs) {
  std::string text;
  for (const MatchedPair& pair : pairs) {
    if (!text.empty()) text += ' ';
    text += (pair.before < 0 ? "_" : std::to_string(pair.before)) + ">" +
            (pair.after < 0 ? "_" : std::to_string(pair.after)) + (pair.renamed ? "r" : "");
  }
  return text;
}

Project unnamed_project(std::string name, std::string title) {
  Project project = sample_project("", std::move(name));
  project.title = test::field(std::move(title));
  return project;
}

TEST(MatchProjects, ByCodeWhateverTheOrderAndName) {
  std::vector<Project> before = {sample_project("P1", "甲"), sample_project("P2", "乙")};
  std::vector<Project> after = {sample_project("P2", "乙改"), sample_project("P1", "甲")};
  EXPECT_EQ(pairs_of(match_projects(before, after)), "1>0 0>1");
}

TEST(MatchProjects, ANewCodeIsAnotherProject) {
  std::vector<Project> before = {sample_project("P1", "甲")};
  std::vector<Project> after = {sample_project("P9", "甲")};
  EXPECT_EQ(pairs_of(match_projects(before, after)), "0>_ _>0");
}

TEST(MatchProjects, CodesCompareThroughLabelKeys) {
  std::vector<Project> before = {sample_project("Ｐ１", "甲")};  // full-width
  std::vector<Project> after = {sample_project(" P1 ", "甲")};
  EXPECT_EQ(pairs_of(match_projects(before, after)), "0>0");
}

TEST(MatchProjects, WithoutACodeByNameThenByTitle) {
  std::vector<Project> before = {unnamed_project("甲", "1. 甲表"), unnamed_project("", "2. 乙表")};
  std::vector<Project> after = {unnamed_project("", "2. 乙表"), unnamed_project("甲", "1. 甲表改")};
  EXPECT_EQ(pairs_of(match_projects(before, after)), "1>0 0>1");
  EXPECT_EQ(project_identity(before[0]), "甲");
  EXPECT_EQ(project_identity(before[1]), "2. 乙表");
  EXPECT_EQ(project_identity(sample_project("P1", "甲")), "P1");
}

TEST(MatchProjects, RemovedProjectsStandWhereTheyWere) {
  std::vector<Project> before = {sample_project("P1", "甲"), sample_project("P2", "乙"),
                                 sample_project("P3", "丙")};
  std::vector<Project> after = {sample_project("P1", "甲"), sample_project("P3", "丙"),
                                sample_project("P4", "丁")};
  EXPECT_EQ(pairs_of(match_projects(before, after)), "0>0 1>_ 2>1 _>2");
}

TEST(MatchProjects, AReplacedProjectReadsRemovalFirst) {
  std::vector<Project> before = {sample_project("P1", "甲"), sample_project("P2", "乙"),
                                 sample_project("P3", "丙")};
  std::vector<Project> after = {sample_project("P1", "甲"), sample_project("P9", "壬"),
                                sample_project("P3", "丙")};
  EXPECT_EQ(pairs_of(match_projects(before, after)), "0>0 1>_ _>1 2>2");
}

TEST(MatchIndicators, ARepeatedPathPairsByOccurrence) {
  std::vector<Indicator> before = {sample_indicator("产出指标", "数量指标", "次数", "1次"),
                                   sample_indicator("产出指标", "数量指标", "次数", "2次")};
  std::vector<Indicator> after = {sample_indicator("产出指标", "数量指标", "次数", "1次"),
                                  sample_indicator("产出指标", "质量指标", "合格率", "≥95%"),
                                  sample_indicator("产出指标", "数量指标", "次数", "2次"),
                                  sample_indicator("产出指标", "数量指标", "次数", "3次")};
  EXPECT_EQ(pairs_of(match_indicators(before, after)), "0>0 _>1 1>2 _>3");
}

TEST(MatchIndicators, ARenamedLevel3WithTheSameDescriptionIsARename) {
  std::vector<Indicator> before = {
      sample_indicator("产出指标", "数量指标", "补助次数", "≥1次", "全年补助次数"),
      sample_indicator("效益指标", "社会效益指标", "满足需要", "提升")};
  std::vector<Indicator> after = {
      sample_indicator("产出指标", "数量指标", "定额补助次数", "≥1次", "全年补助次数"),
      sample_indicator("效益指标", "社会效益指标", "满足需要", "提升")};
  EXPECT_EQ(pairs_of(match_indicators(before, after)), "0>0r 1>1");
}

TEST(MatchIndicators, ARenameKeepsItsLevel1And2) {
  std::vector<Indicator> before = {
      sample_indicator("产出指标", "数量指标", "补助次数", "≥1次", "全年补助次数")};
  std::vector<Indicator> after = {
      sample_indicator("产出指标", "时效指标", "定额补助次数", "≥1次", "全年补助次数")};
  EXPECT_EQ(pairs_of(match_indicators(before, after)), "0>_ _>0");
}

TEST(MatchIndicators, AnEmptyDescriptionMatchesNothing) {
  std::vector<Indicator> before = {sample_indicator("产出指标", "数量指标", "甲", "1", " ")};
  std::vector<Indicator> after = {sample_indicator("产出指标", "数量指标", "乙", "1", " ")};
  before[0].description.text.clear();
  after[0].description.text.clear();
  EXPECT_EQ(pairs_of(match_indicators(before, after)), "0>_ _>0");
}

TEST(MatchTables, ByTitleThenOccurrence) {
  std::vector<GenericTable> before = {test::sample_table("采购表"), test::sample_table(""),
                                      test::sample_table("资产表")};
  std::vector<GenericTable> after = {test::sample_table("资产表"), test::sample_table(""),
                                     test::sample_table(""), test::sample_table("采购表")};
  EXPECT_EQ(pairs_of(match_tables(before, after)), "2>0 1>1 _>2 0>3");
}

}  // namespace
}  // namespace kpiconv
