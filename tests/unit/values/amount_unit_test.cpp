// `--amount-unit` converts a project's amounts whole or not at all: a budget figure it cannot read
// exactly leaves the project as filed, with an error naming the figure, never relabelled.
#include <gtest/gtest.h>

#include <algorithm>

#include "converter/convert_steps.h"
#include "converter/values/indicator_value.h"

namespace kpiconv {
namespace {

Field cell_at(std::string text, std::string locator) {
  return {std::move(text), {"", std::move(locator)}};
}

// A project filed in 万元 with a money-valued cost indicator (≤24万元).
Project project_in_wan(std::string total, std::string fiscal, std::string other) {
  Project project;
  project.amount_unit = cell_at("万元", "C2");
  project.code = cell_at("13073024P00008610002Q", "D2");
  project.budget.total = cell_at(std::move(total), "F2");
  project.budget.fiscal = cell_at(std::move(fiscal), "G2");
  project.budget.other = cell_at(std::move(other), "H2");
  Indicator cost;
  cost.level1 = cell_at("产出指标", "I2");
  cost.level2 = cell_at("成本指标", "J2");
  cost.level3 = cell_at("成本控制", "K2");
  cost.value = cell_at("≤24万元", "M2");
  cost.parsed = parse_indicator_value(cost.value.text);
  project.indicators.push_back(cost);
  return project;
}

Filing converted_to(Project project, const std::string& unit, bool validate = false) {
  Filing filing;
  filing.projects.push_back(std::move(project));
  apply_steps(filing, {unit, validate});
  return filing;
}

TEST(AmountUnitSteps, ReadsYuanSignsGroupedThousandsAndENotationExactly) {
  Filing filing = converted_to(project_in_wan("2.4E1", "¥24.00", ""), "元");
  const Project& project = filing.projects[0];
  EXPECT_EQ(project.amount_unit.text, "元");
  EXPECT_EQ(project.budget.total.text, "240000");
  EXPECT_EQ(project.budget.fiscal.text, "240000.00");
  EXPECT_EQ(project.indicators[0].parsed.number, "240000");
  ASSERT_EQ(filing.findings.size(), 1u);
  EXPECT_EQ(filing.findings[0].rule, "amounts-converted");

  Project in_yuan = project_in_wan("24,000.00", "￥24,000.00", "0");
  in_yuan.amount_unit.text = "元";
  Filing to_wan = converted_to(in_yuan, "万元");
  EXPECT_EQ(to_wan.projects[0].amount_unit.text, "万元");
  EXPECT_EQ(to_wan.projects[0].budget.total.text, "2.40");
  EXPECT_EQ(to_wan.projects[0].budget.fiscal.text, "2.40");
  EXPECT_EQ(to_wan.projects[0].budget.other.text, "0");
}

TEST(AmountUnitSteps, AFigureThatCannotBeConvertedLeavesTheWholeProjectAsFiled) {
  for (const char* figure : {"1e400", "2.4E1万", "约24", "1,23", "$24.00", "另行安排"}) {
    SCOPED_TRACE(figure);
    Project filed = project_in_wan("24.00", "24.00", figure);
    Filing filing = converted_to(filed, "元");
    const Project& project = filing.projects[0];
    // Nothing changed: not the unit, not a figure, not the indicator's parse.
    EXPECT_EQ(project, filed);
    ASSERT_EQ(filing.findings.size(), 1u);
    const Finding& finding = filing.findings[0];
    EXPECT_EQ(finding.rule, "budget-not-a-number");
    EXPECT_EQ(finding.severity, Severity::kError);
    EXPECT_EQ(finding.project_code, "13073024P00008610002Q");
    EXPECT_EQ(finding.where.locator, "H2");
    EXPECT_EQ(finding.message,
              std::string("其他资金“") + figure + "”不是数字，项目的金额仍以万元计，未换算为元");
  }
}

TEST(AmountUnitSteps, EveryUnreadableFigureIsNamedAndTheValidatorDoesNotRepeatIt) {
  Filing filing = converted_to(project_in_wan("2.4E400", "¥24.00", "另行安排"), "元", true);
  EXPECT_EQ(filing.projects[0].amount_unit.text, "万元");
  EXPECT_EQ(filing.projects[0].budget.fiscal.text, "¥24.00");
  std::vector<std::string> not_a_number;
  for (const Finding& finding : filing.findings) {
    if (finding.rule != "budget-not-a-number") continue;
    EXPECT_EQ(finding.severity, Severity::kError) << finding.message;
    not_a_number.push_back(finding.where.locator);
  }
  EXPECT_EQ(not_a_number, (std::vector<std::string>{"F2", "H2"}));
}

TEST(AmountUnitSteps, InEnglishAndOnStandardErrorTheMessageSaysTheUnitStayed) {
  Filing filing;
  filing.projects.push_back(project_in_wan("1e400", "24.00", ""));
  ProjectSteps steps({"元", false, Language::kEnglish}, "in.csv");
  steps.apply(filing.projects[0]);
  steps.add_findings_to(filing);
  ASSERT_EQ(filing.findings.size(), 1u);
  EXPECT_EQ(filing.findings[0].message,
            "budget total \"1e400\" is not a number, so the project's amounts stay in 万元, not "
            "converted to 元");
  EXPECT_EQ(steps.take_warnings(),
            (std::vector<std::string>{
                "project 13073024P00008610002Q: budget total \"1e400\" is not a number, so the "
                "project's amounts stay in 万元, not converted to 元 (F2)"}));
  EXPECT_TRUE(steps.take_warnings().empty());
}

TEST(AmountUnitSteps, AProjectAlreadyInTheUnitIsNotReportedForWhatItNeedNotConvert) {
  // Nothing to convert, nothing relabelled: the validator alone judges the figure (a warning).
  Filing filing = converted_to(project_in_wan("24.00", "24.00", "另行安排"), "万元");
  EXPECT_TRUE(filing.findings.empty());
  Filing validated = converted_to(project_in_wan("24.00", "24.00", "另行安排"), "万元", true);
  auto found = std::find_if(validated.findings.begin(), validated.findings.end(),
                            [](const Finding& f) { return f.rule == "budget-not-a-number"; });
  ASSERT_NE(found, validated.findings.end());
  EXPECT_EQ(found->severity, Severity::kWarning);
  EXPECT_EQ(found->message, "其他资金“另行安排”不是数字");
}

}  // namespace
}  // namespace kpiconv
