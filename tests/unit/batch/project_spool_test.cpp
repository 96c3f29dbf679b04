#include "converter/batch/project_spool.h"

#include <gtest/gtest.h>

namespace kpiconv {
namespace {

// A project with every field of the model set, each to its own text.
Project project_with_every_field(const std::string& tag) {
  int n = 0;
  auto field = [&](bool inherited = false) {
    ++n;
    return Field{tag + "文本" + std::to_string(n),
                 {"word/document.xml", "tbl[" + std::to_string(n) + "]"},
                 inherited};
  };
  Project project;
  for (Field* f : {&project.title, &project.unit_code, &project.unit_name, &project.amount_unit,
                   &project.code, &project.name, &project.budget.total, &project.budget.fiscal,
                   &project.budget.other, &project.purpose, &project.goals}) {
    *f = field();
  }
  for (Field& quarter : project.spending_plan) quarter = field();
  project.extras = {{"责任科室", field()}, {"备注", field(true)}};
  project.where = {"word/document.xml", "tbl[9]"};
  for (int i = 0; i < 3; ++i) {
    Indicator indicator;
    for (Field* f : {&indicator.level1, &indicator.level2, &indicator.level3,
                     &indicator.description, &indicator.value, &indicator.basis}) {
      *f = field(i == 1);
    }
    indicator.parsed = {ValueKind::kRange, "≥", "90", "100", "%", "2024-12-31", "约"};
    indicator.row = {"", "指标!" + std::to_string(i + 2) + ":" + std::to_string(i + 2)};
    if (i == 2) indicator.extras = {{"权重", field()}};
    project.indicators.push_back(indicator);
  }
  return project;
}

struct Collected : ProjectSink {
  void project(Project&& project) override { projects.push_back(std::move(project)); }
  std::vector<Project> projects;
};

TEST(ProjectSpool, GivesBackEveryProjectWithEveryFieldInOrder) {
  ProjectSpool spool;
  std::vector<Project> projects = {project_with_every_field("甲"), Project{},
                                   project_with_every_field("乙")};
  projects[1].code.text = std::string("含\0零字节", 12);
  for (const Project& project : projects) spool.add(project);
  EXPECT_EQ(spool.size(), 3u);
  Collected back;
  spool.replay(back);
  ASSERT_EQ(back.projects.size(), 3u);
  for (size_t i = 0; i < projects.size(); ++i) EXPECT_TRUE(back.projects[i] == projects[i]) << i;
}

TEST(ProjectSpool, AnEmptySpoolGivesNothing) {
  ProjectSpool spool;
  Collected back;
  spool.replay(back);
  EXPECT_TRUE(back.projects.empty());
}

}  // namespace
}  // namespace kpiconv
