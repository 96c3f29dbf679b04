// Filled province templates opened by real programs: python3-openpyxl sees the template's hidden
// code sheet, defined names, protection and drop-downs (reaching the rows written), and our values
// in their cells; LibreOffice opens each, its CSV export shows our values where we wrote them, and
// its re-saved copy reads back as the same filing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "converter/convert.h"
#include "converter/values/money_decimal.h"
#include "support/files.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class ProvinceTemplateInterop : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new std::string(test::make_temp_dir("province-interop"));
    const std::string& folder = *folder_;
    std::string workbooks;
    for (const auto& [fixture, layout] :
         {std::pair{"fixtures/docx/000.docx", "flat-import"}, {"fixtures/docx/001.docx", "form"}}) {
      test::CommandResult result = test::run_kpiconv(
          {"convert", fixture, "-o", folder + "/" + layout + ".xlsx", "--template", layout});
      if (result.exit_status != 0) ADD_FAILURE() << result.err;
      workbooks += " '" + folder + "/" + layout + ".xlsx'";
    }
    // Every seed into both templates too, for LibreOffice to open.
    for (const char* seed : test::kSeedNames) {
      for (const char* layout : {"flat-import", "form"}) {
        std::string output = folder + "/" + seed + "-" + layout + ".xlsx";
        test::CommandResult result =
            test::run_kpiconv({"convert", "fixtures/docx/" + std::string(seed) + ".docx", "-o",
                               output, "--template", layout});
        if (result.exit_status != 0) ADD_FAILURE() << result.err;
        workbooks += " '" + output + "'";
      }
    }
    std::string soffice =
        "soffice --headless --norestore -env:UserInstallation=file://" + folder + "/profile ";
    // Every sheet to its own CSV ("-1"), cells as shown, UTF-8 (76).
    fs::create_directories(folder + "/csv");
    fs::create_directories(folder + "/resaved");
    test::checked_shell(soffice +
                        "--convert-to 'csv:Text - txt - csv "
                        "(StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' --outdir '" +
                        folder + "/csv'" + workbooks);
    test::checked_shell(soffice + "--convert-to xlsx --outdir '" + folder + "/resaved'" +
                        workbooks);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*folder_);
    delete folder_;
  }

  static json describe(const std::string& layout, const std::string& sheet) {
    return json::parse(test::checked_shell("/usr/bin/python3 " + test::source_dir() +
                                           "/tests/interop/describe_template.py '" + *folder_ +
                                           "/" + layout + ".xlsx' '" + sheet + "'"));
  }

  // The rows of LibreOffice's CSV export of one sheet, split into cells.
  static std::vector<std::vector<std::string>> csv_rows(const std::string& layout,
                                                        const std::string& sheet) {
    std::ifstream in(*folder_ + "/csv/" + layout + "-" + sheet + ".csv");
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> cells;
      std::string cell;
      bool quoted = false;
      for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '"') {
          if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
            cell += '"';
            ++i;
          } else {
            quoted = !quoted;
          }
        } else if (c == ',' && !quoted) {
          cells.push_back(cell);
          cell.clear();
        } else {
          cell += c;
        }
      }
      cells.push_back(cell);
      rows.push_back(cells);
    }
    return rows;
  }

  static std::string* folder_;
};

std::string* ProvinceTemplateInterop::folder_ = nullptr;

TEST_F(ProvinceTemplateInterop, OpenpyxlSeesTheTemplateKeptAndOurValues) {
  json flat = describe("flat-import", "绩效目标");
  EXPECT_EQ(flat["sheets"]["代码表"]["state"], "hidden");
  EXPECT_EQ(flat["sheets"]["填报说明"]["state"], "visible");
  EXPECT_TRUE(flat["sheets"]["绩效目标"]["protected"]);
  EXPECT_EQ(flat["sheets"]["绩效目标"]["freeze"], "A4");
  EXPECT_EQ(flat["names"]["一级指标代码"], "代码表!$A$2:$A$5");
  EXPECT_EQ(flat["sheets"]["绩效目标"]["validations"],
            json::parse(R"([["I4 I5:I51", "=一级指标代码"], ["J4 J5:J51", "=二级指标代码"],
                            ["M4:M2000", "=计算符号"], ["P4:P2000", "=指标性质"]])"));
  const json& cells = flat["cells"];
  EXPECT_EQ(cells["D4"], "13073024P00008610002Q");
  EXPECT_EQ(cells["F4"], 240000);  // a number, in 元
  EXPECT_EQ(cells["I4"], "1 产出指标");
  EXPECT_EQ(cells["J4"], "11 数量指标");
  EXPECT_EQ(cells["M4"], "大于等于");
  EXPECT_EQ(cells["N4"], 1);
  EXPECT_EQ(cells["O4"], "次");
  EXPECT_EQ(cells["P4"], "正向");
  EXPECT_EQ(cells["A51"], "2024");
  EXPECT_FALSE(cells.contains("A52"));

  json form = describe("form", "项目绩效目标");
  EXPECT_EQ(form["sheets"]["代码表"]["state"], "hidden");
  const json& form_cells = form["cells"];
  EXPECT_EQ(form_cells["B3"], "13073022P00883610001N");
  EXPECT_EQ(form_cells["A10"], "产出指标");
  // The first project's six indicators: 产出指标 over four rows, merged as in the Word form.
  const json& merged = form["sheets"]["项目绩效目标"]["merged"];
  EXPECT_NE(std::find(merged.begin(), merged.end(), "A10:A13"), merged.end()) << merged;
  // The second project's block starts after the first's 11 rows and its 5 added indicator rows.
  EXPECT_EQ(form_cells["A17"], "项目支出绩效目标表");
  EXPECT_EQ(form_cells["B19"], "13073022P00884510003F");
}

TEST_F(ProvinceTemplateInterop, LibreOfficeShowsOurValuesWhereWeWroteThem) {
  std::vector<std::vector<std::string>> flat = csv_rows("flat-import", "绩效目标");
  ASSERT_EQ(flat.size(), 51u);  // title, unit line, headings and 48 indicators
  EXPECT_EQ(flat[2][3], "项目代码");
  EXPECT_EQ(flat[3][3], "13073024P00008610002Q");
  EXPECT_EQ(flat[3][5], "240,000.00");
  EXPECT_EQ(flat[3][12], "大于等于");
  Filing expected = read_filing(test::source_dir() + "/fixtures/docx/000.docx");
  size_t row = 3;
  for (const Project& project : expected.projects) {
    for (const Indicator& indicator : project.indicators) {
      ASSERT_LT(row, flat.size());
      EXPECT_EQ(flat[row][3], project.code.text) << "row " << row + 1;
      EXPECT_EQ(flat[row][10], indicator.level3.text) << "row " << row + 1;
      EXPECT_EQ(flat[row][16], indicator.basis.text) << "row " << row + 1;
      ++row;
    }
  }

  std::vector<std::vector<std::string>> form = csv_rows("form", "项目绩效目标");
  ASSERT_GT(form.size(), 20u);
  EXPECT_EQ(form[2][1], "13073022P00883610001N");
  EXPECT_EQ(form[3][1], "0.11");
}

TEST_F(ProvinceTemplateInterop, LibreOfficeOpensEveryFilledTemplateAndShowsEveryProject) {
  for (const char* seed : test::kSeedNames) {
    Filing expected = read_filing(test::source_dir() + "/fixtures/docx/" + seed + ".docx");
    for (const auto& [layout, sheet] :
         {std::pair{"flat-import", "绩效目标"}, std::pair{"form", "项目绩效目标"}}) {
      std::vector<std::vector<std::string>> rows =
          csv_rows(std::string(seed) + "-" + layout, sheet);
      ASSERT_FALSE(rows.empty()) << seed << " " << layout;
      for (const Project& project : expected.projects) {
        bool shown = false;
        for (const std::vector<std::string>& row : rows) {
          shown = shown || std::find(row.begin(), row.end(), project.code.text) != row.end();
        }
        EXPECT_TRUE(shown) << project.code.text << " not in LibreOffice's " << seed << " "
                           << layout;
      }
    }
  }
}

TEST_F(ProvinceTemplateInterop, LibreOfficesResavedCopyReadsAsTheSameFiling) {
  for (const char* layout : {"flat-import", "form"}) {
    Filing ours = read_filing(*folder_ + "/" + layout + ".xlsx");
    Filing resaved = read_filing(*folder_ + "/resaved/" + layout + ".xlsx");
    ASSERT_EQ(resaved.projects.size(), ours.projects.size()) << layout;
    for (size_t p = 0; p < ours.projects.size(); ++p) {
      const Project& a = ours.projects[p];
      const Project& b = resaved.projects[p];
      EXPECT_EQ(b.code.text, a.code.text) << layout;
      EXPECT_EQ(b.name.text, a.name.text) << layout;
      ASSERT_EQ(b.indicators.size(), a.indicators.size()) << layout << " " << a.code.text;
      for (size_t i = 0; i < a.indicators.size(); ++i) {
        EXPECT_EQ(b.indicators[i].level1.text, a.indicators[i].level1.text);
        EXPECT_EQ(b.indicators[i].level3.text, a.indicators[i].level3.text);
        // LibreOffice keeps a number's value, not its places: 3467700.00 is saved as 3467700.
        ParsedValue ours_parsed = a.indicators[i].parsed;
        ParsedValue resaved_parsed = b.indicators[i].parsed;
        for (ParsedValue* parsed : {&ours_parsed, &resaved_parsed}) {
          if (std::optional<Decimal> number = Decimal::parse(parsed->number)) {
            parsed->number = number->trimmed(0).to_string();
          }
        }
        EXPECT_EQ(resaved_parsed, ours_parsed) << a.indicators[i].value.text;
      }
    }
  }
}

}  // namespace
}  // namespace kpiconv
