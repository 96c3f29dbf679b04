// The values of a filing through the command line: exact amounts in the unit asked for, and the
// checks' findings in the outputs when asked for.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "converter/convert.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

using nlohmann::json;

json convert(const std::vector<std::string>& arguments) {
  std::vector<std::string> command = {"convert"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  command.insert(command.end(), {"-o", "-", "--to", "json"});
  test::CommandResult result = test::run_kpiconv(command);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  return json::parse(result.out);
}

TEST(AmountUnit, WanYuanToYuanMovesTheDecimalPointExactly) {
  json filing = convert({"fixtures/docx/000.docx", "--amount-unit", "元"});
  const json& project = filing["projects"][0];
  EXPECT_EQ(project["amount_unit"], "元");
  EXPECT_EQ(project["budget"]["total"], "240000.00");
  EXPECT_EQ(project["budget"]["fiscal"], "240000.00");
  EXPECT_EQ(project["budget"]["other"], "");
  const json& cost = project["indicators"][3];
  EXPECT_EQ(cost["value"], "≤24万元");  // the source text stays
  EXPECT_EQ(cost["parsed"]["number"], "240000");
  EXPECT_EQ(cost["parsed"]["unit"], "元");
  EXPECT_EQ(project["indicators"][1]["parsed"]["unit"], "%");  // not money: untouched
  ASSERT_EQ(filing["findings"].size(), 8u);
  EXPECT_EQ(filing["findings"][0]["rule"], "amounts-converted");
  EXPECT_EQ(filing["findings"][0]["severity"], "info");
  EXPECT_EQ(filing["findings"][0]["message"], "金额已由万元换算为元");
}

TEST(AmountUnit, YuanToWanYuanKeepsEveryDigit) {
  json filing = convert({"fixtures/docx/002.docx", "--amount-unit", "万元"});
  const json& project = filing["projects"][0];
  EXPECT_EQ(project["amount_unit"], "万元");
  EXPECT_EQ(project["budget"]["total"], "23.50");  // 235000.00 元
  json same = convert({"fixtures/docx/002.docx", "--amount-unit", "元"});
  EXPECT_EQ(same["projects"][0]["budget"]["total"], "235000.00");  // already in 元
  // …but one of its indicators is written in 万元 (补助资金支付率 2.4万元): converted on its own.
  const json& indicator = same["projects"][1]["indicators"][0];
  EXPECT_EQ(indicator["value"], "2.4万元");
  EXPECT_EQ(indicator["parsed"]["number"], "24000.0");  // the places it was written with
  EXPECT_EQ(indicator["parsed"]["unit"], "元");
  ASSERT_EQ(same["findings"].size(), 1u);
  EXPECT_EQ(same["findings"][0]["message"], "以金额表示的指标值已换算为元");
  EXPECT_EQ(same["findings"][0]["project"], "13022925P00JXC4196286");
}

TEST(AmountUnit, RefusesAUnitThatIsNotMoney) {
  test::CommandResult result =
      test::run_kpiconv({"convert", "fixtures/docx/000.docx", "-o", "-", "--amount-unit", "月"});
  EXPECT_EQ(result.exit_status, 2);
}

TEST(ConvertValidate, PutsTheFindingsIntoTheJson) {
  json filing = convert({"fixtures/docx/000.docx", "--validate"});
  std::vector<std::string> rules;
  for (const json& finding : filing["findings"]) rules.push_back(finding["rule"]);
  EXPECT_EQ(rules, (std::vector<std::string>{"cost-above-budget", "cost-above-budget",
                                             "cost-above-budget", "rate-direction"}));
  EXPECT_EQ(filing["findings"][3]["indicator"], 3);
  // Without --validate, only what the reading itself found.
  EXPECT_TRUE(convert({"fixtures/docx/000.docx"})["findings"].empty());
}

TEST(ConvertValidate, PutsTheFindingsIntoAFindingsSheetThatReadingSkips) {
  std::string workbook = test::scratch_path("validated.xlsx").string();
  test::CommandResult result = test::run_kpiconv(
      {"convert", "fixtures/docx/000.docx", "-o", workbook, "--validate", "--lang", "en"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  Document document = read_document(workbook);
  const Table* findings = nullptr;
  for (size_t i = 0; i + 1 < document.blocks.size(); ++i) {
    const auto* name = std::get_if<Paragraph>(&document.blocks[i]);
    if (name != nullptr && name->text == "校验")
      findings = std::get_if<Table>(&document.blocks[i + 1]);
  }
  ASSERT_NE(findings, nullptr);
  EXPECT_EQ(findings->rows, 5);
  EXPECT_EQ(findings->at(1, 0)->text, "错误");
  EXPECT_EQ(findings->at(1, 1)->text, "cost-above-budget");
  EXPECT_EQ(findings->at(4, 3)->text, "3");
  EXPECT_EQ(findings->at(4, 5)->text.rfind("\"专项资金拨付及时率\" is written", 0), 0u);
  // Reading the workbook back gives the filing, not a table of findings.
  Filing back = read_filing(workbook);
  EXPECT_TRUE(back.tables.empty());
  EXPECT_TRUE(back.findings.empty());
  EXPECT_EQ(back.projects.size(), 8u);
}

}  // namespace
}  // namespace kpiconv
