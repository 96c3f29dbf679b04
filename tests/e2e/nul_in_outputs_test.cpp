// A NUL inside a cell is never the quiet end of its text: JSON and CSV keep it, a workbook (which
// cannot) holds U+FFFD there and the command says which cell.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "converter/convert.h"
#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

using namespace std::string_literals;

std::string filing_with_a_nul() {
  std::string path = test::scratch_path("nul.csv").string();
  test::write_bytes(path,
                    "\xEF\xBB\xBF"
                    "金额单位,项目编码,项目名称,预算数,一级指标,二级指标,三级指标,指标值\r\n"
                    "万元,13073024P00008610002Q,项目,24.00,产出指标,数量指标,次数,47\0EVIL\r\n"s);
  return path;
}

TEST(NulInOutputs, JsonAndCsvKeepItAsItIs) {
  const std::string input = filing_with_a_nul();
  test::CommandResult as_json = test::run_kpiconv({"convert", input, "-o", "-", "--to", "json"});
  ASSERT_EQ(as_json.exit_status, 0) << as_json.err;
  EXPECT_NE(as_json.out.find(R"("value": "47\u0000EVIL")"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(as_json.out)["projects"][0]["indicators"][0]["value"],
            "47\0EVIL"s);

  std::string csv = test::scratch_path("nul-out.csv").string();
  test::CommandResult written = test::run_kpiconv({"convert", input, "-o", csv});
  ASSERT_EQ(written.exit_status, 0) << written.err;
  EXPECT_EQ(written.err, "");
  EXPECT_EQ(read_filing(csv).projects[0].indicators[0].value.text, "47\0EVIL"s);
}

TEST(NulInOutputs, AWorkbookHoldsAReplacementCharacterAndTheCommandNamesTheCell) {
  std::string workbook = test::scratch_path("nul.xlsx").string();
  test::CommandResult result = test::run_kpiconv({"convert", filing_with_a_nul(), "-o", workbook});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.err.find("kpiconv: warning: " + workbook +
                            ": text of 指标!G2: 1 character that a workbook cannot hold"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(read_filing(workbook).projects[0].indicators[0].value.text, "47\uFFFDEVIL");
}

}  // namespace
}  // namespace kpiconv
