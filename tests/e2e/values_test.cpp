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

// A CSV filing of two projects in 万元: the first's figures read exactly in the forms spreadsheets
// write, the second's 其他资金 `1e400`, which no exact conversion can take.
std::string write_filing_with_odd_amounts() {
  std::string path = test::scratch_path("odd-amounts.csv").string();
  test::write_bytes(
      path,
      "单位编码,金额单位,项目编码,项目名称,预算数,财政资金,其他资金,一级指标,二级指标,"
      "三级指标,指标值\r\n"
      "471001,万元,13073024P00000110002Q,项目一,2.4E1,¥24.00,,产出指标,成本指标,成本,"
      "≤24万元\r\n"
      "471001,万元,13073024P00000210002Q,项目二,1e400,24.00,1e400,产出指标,成本指标,"
      "成本,≤24万元\r\n");
  return path;
}

TEST(AmountUnit, AProjectWhoseFigureCannotBeConvertedKeepsItsUnitAndSaysSo) {
  test::CommandResult result = test::run_kpiconv({"convert", write_filing_with_odd_amounts(), "-o",
                                                  "-", "--to", "json", "--amount-unit", "元"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  json filing = json::parse(result.out);
  const json& read_exactly = filing["projects"][0];
  EXPECT_EQ(read_exactly["amount_unit"], "元");
  EXPECT_EQ(read_exactly["budget"]["total"], "240000");
  EXPECT_EQ(read_exactly["budget"]["fiscal"], "240000.00");
  EXPECT_EQ(read_exactly["indicators"][0]["parsed"]["number"], "240000");
  const json& left = filing["projects"][1];
  EXPECT_EQ(left["amount_unit"], "万元");
  EXPECT_EQ(left["budget"]["total"], "1e400");
  EXPECT_EQ(left["budget"]["fiscal"], "24.00");
  EXPECT_EQ(left["indicators"][0]["parsed"]["number"], "24");
  EXPECT_EQ(left["indicators"][0]["parsed"]["unit"], "万元");
  // No note claims the second was converted; an error names each figure, without --validate.
  std::vector<std::string> findings;
  for (const json& finding : filing["findings"]) {
    findings.push_back(
        finding["rule"].get<std::string>() + " " + finding["severity"].get<std::string>() + " " +
        finding["project"].get<std::string>() + " " + finding["place"].get<std::string>());
  }
  EXPECT_EQ(findings, (std::vector<std::string>{
                          "amounts-converted info 13073024P00000110002Q B2",
                          "budget-not-a-number error 13073024P00000210002Q E3",
                          "budget-not-a-number error 13073024P00000210002Q G3",
                      }));
  EXPECT_EQ(filing["findings"][1]["message"],
            "预算数“1e400”不是数字，项目的金额仍以万元计，未换算为元");
  EXPECT_NE(
      result.err.find("project 13073024P00000210002Q: budget total \"1e400\" is not a number, "
                      "so the project's amounts stay in 万元, not converted to 元 (E3)"),
      std::string::npos)
      << result.err;
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
