// Each rule of converter/validate/rules.json fires on the mistake it names and stays quiet on a
// sound project and on the near misses beside it.
#include "converter/validate/validator.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::field;

Field at(std::string text, std::string locator) {
  Field result = field(std::move(text));
  result.where = {"word/document.xml", std::move(locator)};
  return result;
}

Indicator indicator(std::string level1, std::string level2, std::string level3, std::string value) {
  Indicator result;
  result.level1 = field(std::move(level1));
  result.level2 = field(std::move(level2));
  result.level3 = field(level3);
  result.description = field(level3 + "的描述");
  result.value = at(std::move(value), "tbl[2]/tr[2]/tc[5]");
  result.basis = field("怀财字[2024]7号");
  result.parsed = parse_indicator_value(result.value.text);
  return result;
}

// A project every rule is content with.
Project sound_project(std::string code = "13073024P00008610002Q") {
  Project project;
  project.title = field("1. 定额补助资金绩效目标表");
  project.unit_code = field("471001");
  project.unit_name = field("怀来县工业和信息化局");
  project.amount_unit = field("万元");
  project.code = at(std::move(code), "tbl[1]/tr[2]/tc[2]");
  project.name = field("定额补助资金");
  project.budget.total = at("24.00", "tbl[1]/tr[3]/tc[3]");
  project.budget.fiscal = at("24.00", "tbl[1]/tr[3]/tc[5]");
  project.budget.other = field("");
  project.spending_plan = {field("30%"), field("60"), field("90%"),
                           at("100%", "tbl[1]/tr[6]/tc[5]")};
  project.indicators = {indicator("产出指标", "数量指标", "定额补助次数", "≥1次"),
                        indicator("产出指标", "质量指标", "资金拨付到位率", "≥95百分比"),
                        indicator("产出指标", "时效指标", "资金拨付及时率", "≥95%"),
                        indicator("产出指标", "成本指标", "成本控制", "≤24万元"),
                        indicator("效益指标", "社会效益指标", "满足工作需要", "进一步提升"),
                        indicator("满意度指标", "服务对象满意度指标", "服务满意度", "≥95%")};
  return project;
}

Filing filing_of(std::vector<Project> projects) {
  Filing filing;
  filing.source = {"in.docx", "docx"};
  filing.projects = std::move(projects);
  return filing;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& finding : findings) rules.push_back(finding.rule);
  return rules;
}

std::vector<std::string> rules_for(const Project& project) {
  return rules_of(validate_filing(filing_of({project})));
}

using Rules = std::vector<std::string>;

TEST(Validator, ASoundProjectHasNoFindings) {
  EXPECT_EQ(rules_for(sound_project()), Rules{});
}

TEST(Validator, EveryRuleHasAMessageInBothLanguages) {
  for (const RuleInfo& rule : rule_catalog()) {
    EXPECT_FALSE(rule.chinese.empty()) << rule.id;
    EXPECT_FALSE(rule.english.empty()) << rule.id;
  }
  EXPECT_EQ(rule_catalog().size(), 23u);
}

TEST(BudgetRules, TotalMustBeFiscalPlusOther) {
  Project project = sound_project();
  project.budget.other = field("1.00");
  std::vector<Finding> findings = validate_filing(filing_of({project}));
  ASSERT_EQ(rules_of(findings), Rules{"budget-sum"});
  EXPECT_EQ(findings[0].severity, Severity::kError);
  EXPECT_EQ(findings[0].message, "预算数 24.00 不等于财政资金 24.00 与其他资金 1.00 之和 25.00");
  EXPECT_EQ(findings[0].where.locator, "tbl[1]/tr[3]/tc[3]");
  EXPECT_EQ(findings[0].project_code, "13073024P00008610002Q");
  // Exact decimals: 0.1 + 0.2 is 0.3.
  project.budget.total = field("0.3");
  project.budget.fiscal = field("0.1");
  project.budget.other = field("0.20");
  project.indicators[3] = indicator("产出指标", "成本指标", "成本控制", "≤0.3万元");
  EXPECT_EQ(rules_for(project), Rules{});
}

TEST(BudgetRules, AmountsAreNotNegativeAndAreNumbers) {
  Project project = sound_project();
  project.budget.other = field("-1.00");
  project.budget.fiscal = field("25.00");
  EXPECT_EQ(rules_for(project), Rules{"budget-negative"});
  project = sound_project();
  project.budget.other = field("另行安排");
  EXPECT_EQ(rules_for(project), Rules{"budget-not-a-number"});
}

TEST(BudgetRules, CostCeilingAboveTheBudget) {
  Project project = sound_project();
  project.budget.total = project.budget.fiscal = field("345.44");
  project.indicators[3] = indicator("产出指标", "成本指标", "项目预算控制数", "≤346.77万元");
  std::vector<Finding> findings = validate_filing(filing_of({project}));
  ASSERT_EQ(rules_of(findings), Rules{"cost-above-budget"});
  EXPECT_EQ(findings[0].indicator, 4);
  EXPECT_EQ(findings[0].message, "成本指标“项目预算控制数”的上限 346.77万元 高于预算数 345.44万元");
  // After unit conversion: 30 元 is far below 1.60 万元; 240001 元 is above 24 万元.
  project = sound_project();
  project.indicators[3] = indicator("产出指标", "成本指标", "补助经费", "≤30 元");
  EXPECT_EQ(rules_for(project), Rules{});
  project.indicators[3] = indicator("产出指标", "成本指标", "补助经费", "≤240001元");
  EXPECT_EQ(rules_for(project), Rules{"cost-above-budget"});
}

TEST(BudgetRules, CostWrittenAsAFloor) {
  Project project = sound_project();
  project.indicators[3] = indicator("产出指标", "成本指标", "费用总数", "≥30.75万元");
  EXPECT_EQ(rules_for(project), Rules{"cost-lower-bound"});
  project.indicators[3] = indicator("成本指标", "经济成本指标", "费用总数", ">1万元");
  EXPECT_EQ(rules_for(project), Rules{"cost-lower-bound"});
}

TEST(SpendingPlanRules, CumulativeWithinRangeAndComplete) {
  Project project = sound_project();
  project.spending_plan[1] = field("20%");
  EXPECT_EQ(rules_for(project), Rules{"plan-decreasing"});
  project = sound_project();
  project.spending_plan[2] = field("120%");
  EXPECT_EQ(rules_for(project), (Rules{"plan-out-of-range", "plan-decreasing"}));
  project = sound_project();
  project.spending_plan[3] = field("");
  EXPECT_EQ(rules_for(project), Rules{"plan-not-complete"});
  project.spending_plan[3] = field("95%");
  EXPECT_EQ(rules_for(project), Rules{"plan-not-complete"});
  project = sound_project();
  project.spending_plan[0] = field("三成");
  EXPECT_EQ(rules_for(project), Rules{"plan-not-a-percentage"});
  // Blank early quarters are fine (003: " ", " ", 90%, 100%).
  project = sound_project();
  project.spending_plan[0] = project.spending_plan[1] = field("");
  EXPECT_EQ(rules_for(project), Rules{});
}

TEST(CategoryRules, FirstAndSecondLevelsMatch) {
  Project project = sound_project();
  project.indicators[0].level1 = field("投入指标");
  EXPECT_EQ(rules_for(project), Rules{"level1-unknown"});
  project = sound_project();
  project.indicators[4].level2 = field("质量指标");
  std::vector<Finding> findings = validate_filing(filing_of({project}));
  ASSERT_EQ(rules_of(findings), Rules{"level2-mismatch"});
  EXPECT_EQ(findings[0].indicator, 5);
  // Spaces, full-width forms and the 指标 suffix do not matter.
  project = sound_project();
  project.indicators[4].level2 = field("社会效益指 标");
  project.indicators[5].level1 = field("满意度");
  project.indicators[5].level2 = field("服务对象满意度");
  EXPECT_EQ(rules_for(project), Rules{});
  // 成本指标 as a first level, with its own second levels.
  project.indicators[3].level1 = field("成本指标");
  project.indicators[3].level2 = field("经济成本指标");
  EXPECT_EQ(rules_for(project), Rules{});
}

TEST(CategoryRules, EveryProjectHasOutputBenefitAndSatisfaction) {
  Project project = sound_project();
  project.indicators.erase(project.indicators.begin() + 4, project.indicators.end());
  std::vector<Finding> findings = validate_filing(filing_of({project}));
  ASSERT_EQ(rules_of(findings), Rules{"required-categories"});
  EXPECT_EQ(findings[0].message, "项目缺少效益指标、满意度指标");
}

TEST(ValueRules, RatesArePercentagesNotAbove100) {
  Project project = sound_project();
  project.indicators[1] = indicator("产出指标", "质量指标", "资金拨付到位率", "≥105%");
  EXPECT_EQ(rules_for(project), Rules{"rate-above-100"});
  project.indicators[1] = indicator("产出指标", "数量指标", "补助资金支付率", "2.4万元");
  EXPECT_EQ(rules_for(project), Rules{"rate-unit"});
  project.indicators[1] = indicator("产出指标", "质量指标", "资金拨付到位率", "100%");
  EXPECT_EQ(rules_for(project), Rules{});
}

TEST(ValueRules, TimelinessCompletionAndSatisfactionRatesAreFloors) {
  Project project = sound_project();
  project.indicators[2] = indicator("产出指标", "时效指标", "专项资金拨付及时率", "≤95%");
  std::vector<Finding> findings = validate_filing(filing_of({project}));
  ASSERT_EQ(rules_of(findings), Rules{"rate-direction"});
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].where.locator, "tbl[2]/tr[2]/tc[5]");
  // A rate that should be low may be a ceiling.
  project.indicators[2] = indicator("产出指标", "质量指标", "差错率", "≤5%");
  EXPECT_EQ(rules_for(project), Rules{});
}

TEST(ValueRules, EmptyFieldsAndQualitativeQuantities) {
  Project project = sound_project();
  project.indicators[0].value = field("");
  project.indicators[0].parsed = parse_indicator_value("");
  EXPECT_EQ(rules_for(project), Rules{"empty-value"});
  project = sound_project();
  project.indicators[0].description = field("");
  project.indicators[0].basis = field("");
  EXPECT_EQ(rules_for(project), (Rules{"empty-description", "empty-basis"}));
  project = sound_project();
  project.indicators[0] = indicator("产出指标", "数量指标", "定额补助次数", "以文件为准");
  EXPECT_EQ(rules_for(project), Rules{"qualitative-quantity"});
  project.indicators[0] = indicator("产出指标", "质量指标", "定额补助质量", "以文件为准");
  EXPECT_EQ(rules_for(project), Rules{});
}

TEST(IdentityRules, CodesAreThereWellFormedAndUnique) {
  Project project = sound_project("");
  EXPECT_EQ(rules_for(project), Rules{"missing-code"});
  project = sound_project("P-2024-001");
  EXPECT_EQ(rules_for(project), Rules{"code-shape"});
  project = sound_project();
  project.unit_code = field("");
  EXPECT_EQ(rules_for(project), Rules{"missing-unit-code"});
  std::vector<Finding> twice = validate_filing(filing_of({sound_project(), sound_project()}));
  ASSERT_EQ(rules_of(twice), Rules{"duplicate-code"});
  EXPECT_EQ(twice[0].message,
            "项目编码 13073024P00008610002Q 重复（另见 word/document.xml#tbl[1]/tr[2]/tc[2]）");
}

TEST(IdentityRules, CodesAreUniqueAcrossABatch) {
  Filing first = filing_of({sound_project()});
  Filing second = filing_of({sound_project("13073024P00008610003Q"), sound_project()});
  second.source.path = "other.docx";
  std::vector<std::vector<Finding>> findings = validate_batch({&first, &second});
  EXPECT_EQ(rules_of(findings[0]), Rules{});
  ASSERT_EQ(rules_of(findings[1]), Rules{"duplicate-code"});
  EXPECT_NE(findings[1][0].message.find("in.docx"), std::string::npos);
}

TEST(Validator, SpeaksEnglishOnRequest) {
  Project project = sound_project();
  project.indicators[2] = indicator("产出指标", "时效指标", "专项资金拨付及时率", "≤95%");
  std::vector<Finding> findings = validate_filing(filing_of({project}), Language::kEnglish);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(
      findings[0].message,
      "\"专项资金拨付及时率\" is written \"≤95%\": a timeliness, completion or satisfaction rate "
      "should be a floor (≥ or >)");
}

}  // namespace
}  // namespace kpiconv
