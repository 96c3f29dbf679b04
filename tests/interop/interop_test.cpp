// Our outputs opened by real programs, and their outputs read by us: LibreOffice (headless) and
// python3-openpyxl, both installed by ./bootstrap test. Every workbook of every fixture, in both
// layouts, goes through LibreOffice once per kind of conversion.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "converter/convert.h"
#include "formats/csv/csv_reader.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* const kLayouts[] = {"normalized", "form"};

class Interop : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new std::string(test::make_temp_dir("interop"));
    const std::string& folder = *folder_;
    for (const char* sub : {"ours", "csv", "libreoffice", "openpyxl"})
      fs::create_directories(folder + "/" + sub);
    std::string workbooks;
    for (const char* seed : test::kSeedNames) {
      for (const char* layout : kLayouts) {
        std::string out = folder + "/ours/" + seed + "-" + layout + ".xlsx";
        test::CommandResult result =
            test::run_kpiconv({"convert", "fixtures/docx/" + std::string(seed) + ".docx", "-o", out,
                               "--layout", layout});
        if (result.exit_status != 0) ADD_FAILURE() << result.err;
        workbooks += " '" + out + "'";
      }
      test::checked_shell("/usr/bin/python3 " + test::source_dir() +
                          "/tests/interop/write_with_openpyxl.py " + test::source_dir() +
                          "/fixtures/expected/" + seed + ".json '" + folder + "/openpyxl/" + seed +
                          ".xlsx'");
    }
    std::string soffice =
        "soffice --headless --norestore -env:UserInstallation=file://" + folder + "/profile ";
    // Every sheet to its own CSV ("-1"), cells as shown ("true" in the ninth token), UTF-8 (76).
    test::checked_shell(soffice +
                        "--convert-to 'csv:Text - txt - csv "
                        "(StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' "
                        "--outdir '" +
                        folder + "/csv'" + workbooks);
    test::checked_shell(soffice + "--convert-to xlsx --outdir '" + folder + "/libreoffice'" +
                        workbooks);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*folder_);
    delete folder_;
  }

  static std::string workbook_name(const std::string& seed, const std::string& layout) {
    return seed + "-" + layout;
  }
  static std::string* folder_;
};

std::string* Interop::folder_ = nullptr;

json carried(const json& filing) {
  return json{
      {"title", filing["title"]}, {"projects", filing["projects"]}, {"tables", filing["tables"]}};
}

TEST_F(Interop, LibreOfficeShowsEveryValueAsWeDo) {
  ReadOptions as_displayed;
  as_displayed.source_texts = false;
  size_t compared = 0;
  for (const char* seed : test::kSeedNames) {
    for (const char* layout : kLayouts) {
      std::string name = workbook_name(seed, layout);
      Document ours = read_document(*folder_ + "/ours/" + name + ".xlsx", as_displayed);
      std::string sheet;
      int sheets = 0;
      for (const Block& block : ours.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
          sheet = paragraph->text;
          continue;
        }
        const Table& table = std::get<Table>(block);
        std::string csv_path = *folder_ + "/csv/" + name + "-" + sheet + ".csv";
        ASSERT_TRUE(fs::exists(csv_path)) << csv_path;
        ++sheets;
        auto rows = parse_csv(test::read_bytes(csv_path), ',');
        for (int r = 0; r < table.rows; ++r) {
          for (int c = 0; c < table.cols; ++c) {
            const Cell* cell = table.at(r, c);
            std::string expected =
                cell != nullptr && cell->row == r && cell->col == c ? cell->text : "";
            std::string shown = static_cast<size_t>(r) < rows.size() &&
                                        static_cast<size_t>(c) < rows[static_cast<size_t>(r)].size()
                                    ? rows[static_cast<size_t>(r)][static_cast<size_t>(c)]
                                    : "";
            EXPECT_EQ(shown, expected)
                << name << " sheet " << sheet << " row " << r + 1 << " column " << c + 1;
            ++compared;
          }
        }
      }
      EXPECT_GE(sheets, 2) << name;
    }
  }
  EXPECT_GT(compared, 8000u);  // every cell of 10 workbooks (8,916 today), not a vacuous pass
}

TEST_F(Interop, KpiconvReadsLibreOfficeResavesAsTheSameFiling) {
  for (const char* seed : test::kSeedNames) {
    for (const char* layout : kLayouts) {
      std::string input = *folder_ + "/libreoffice/" + workbook_name(seed, layout) + ".xlsx";
      test::expect_same_json(carried(test::converted_json(input)),
                             carried(test::expected_filing_json(seed)), input);
    }
  }
}

TEST_F(Interop, KpiconvReadsOpenpyxlWorkbooksAsTheSameFiling) {
  for (const char* seed : test::kSeedNames) {
    std::string input = *folder_ + "/openpyxl/" + std::string(seed) + ".xlsx";
    test::expect_same_json(carried(test::converted_json(input)),
                           carried(test::expected_filing_json(seed)), input);
  }
}

json describe(const std::string& path) {
  return json::parse(test::checked_shell("/usr/bin/python3 " + test::source_dir() +
                                         "/tests/interop/describe_workbook.py '" + path + "'"));
}

std::string column_letters(int col) {
  std::string letters;
  for (int n = col + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), char('A' + (n - 1) % 26));
  return letters;
}

// The merged ranges a table's cells make when laid out like HTML from A1.
std::vector<std::string> merged_ranges(const json& rows) {
  std::vector<std::string> ranges;
  std::map<std::pair<int, int>, bool> covered;
  int r = 0;
  for (const json& cells : rows) {
    int c = 0;
    for (const json& cell : cells) {
      while (covered.count({r, c})) ++c;
      int row_span = cell["row_span"];
      int col_span = cell["col_span"];
      for (int dr = 0; dr < row_span; ++dr) {
        for (int dc = 0; dc < col_span; ++dc) covered[{r + dr, c + dc}] = true;
      }
      if (row_span > 1 || col_span > 1) {
        ranges.push_back(column_letters(c) + std::to_string(r + 1) + ":" +
                         column_letters(c + col_span - 1) + std::to_string(r + row_span));
      }
      c += col_span;
    }
    ++r;
  }
  std::sort(ranges.begin(), ranges.end());
  return ranges;
}

TEST_F(Interop, OpenpyxlSeesTheNormalizedWorkbookAsIntended) {
  for (const char* seed : test::kSeedNames) {
    json expected = test::expected_filing_json(seed);
    json workbook = describe(*folder_ + "/ours/" + workbook_name(seed, "normalized") + ".xlsx");
    EXPECT_EQ(workbook["title"], expected["title"]);
    std::vector<std::string> names;
    for (const json& sheet : workbook["sheets"]) names.push_back(sheet["name"]);
    ASSERT_GE(names.size(), 3u);
    EXPECT_EQ(names[0], "项目");
    EXPECT_EQ(names[1], "指标");
    const json& projects = workbook["sheets"][0];
    EXPECT_EQ(projects["freeze"], "A2");
    EXPECT_EQ(projects["autofilter"], "A1:Q" + std::to_string(expected["projects"].size() + 1));
    size_t row = 1;
    for (const json& project : expected["projects"]) {
      ++row;
      std::string r = std::to_string(row);
      const json& cells = projects["cells"];
      EXPECT_EQ(cells["D" + r]["value"], project["code"]);
      EXPECT_EQ(cells["D" + r]["type"], "s");
      const json& total = cells["F" + r];
      EXPECT_EQ(total["type"], "n") << seed << " F" << r;
      std::string digits = project["budget"]["total"];
      EXPECT_DOUBLE_EQ(total["value"].get<double>(), std::stod(digits));
      size_t dot = digits.find('.');
      EXPECT_EQ(total["format"],
                dot == std::string::npos ? "0" : "0." + std::string(digits.size() - dot - 1, '0'));
      for (int q = 0; q < 4; ++q) {
        std::string plan = project["spending_plan"][q];
        std::string ref = std::string(1, static_cast<char>('J' + q)) + r;
        if (plan.empty()) {
          EXPECT_FALSE(cells.contains(ref)) << seed << " " << ref;
          continue;
        }
        EXPECT_EQ(cells[ref]["type"], "n") << seed << " " << ref;
        EXPECT_EQ(cells[ref]["format"], "0%");
        std::string number = plan.ends_with("%") ? plan.substr(0, plan.size() - 1) : plan;
        EXPECT_NEAR(cells[ref]["value"].get<double>(), std::stod(number) / 100, 1e-12);
      }
    }
    // Each other table keeps its merged cells.
    for (size_t t = 0; t < expected["tables"].size(); ++t) {
      const json& sheet = workbook["sheets"][2 + t];
      EXPECT_EQ(sheet["name"], expected["tables"][t]["title"]);
      EXPECT_EQ(sheet["merged"].get<std::vector<std::string>>(),
                merged_ranges(expected["tables"][t]["rows"]));
    }
    // Then 校验 when the reading found something (004's shifted spending plans), then 来源.
    size_t next = 2 + expected["tables"].size();
    if (!expected["findings"].empty()) {
      EXPECT_EQ(workbook["sheets"][next]["name"], "校验");
      EXPECT_EQ(workbook["sheets"][next]["cells"]["B2"]["value"], expected["findings"][0]["rule"]);
      ++next;
    }
    EXPECT_EQ(workbook["sheets"][next]["name"], "来源");
    const json& last = workbook["sheets"].back();
    if (last["name"] == "kpiconv_原文") {
      EXPECT_EQ(last["state"], "hidden");
    }
  }
}

TEST_F(Interop, OpenpyxlSeesTheFormWorkbookAsIntended) {
  for (const char* seed : test::kSeedNames) {
    json expected = test::expected_filing_json(seed);
    json workbook = describe(*folder_ + "/ours/" + workbook_name(seed, "form") + ".xlsx");
    size_t projects = expected["projects"].size();
    ASSERT_GE(workbook["sheets"].size(), projects + 1);
    for (size_t p = 0; p < projects; ++p) {
      const json& sheet = workbook["sheets"][p];
      const json& project = expected["projects"][p];
      const json& merged = sheet["merged"];
      auto has = [&](const std::string& range) {
        return std::find(merged.begin(), merged.end(), range) != merged.end();
      };
      EXPECT_TRUE(has("A1:G1")) << seed << " title";
      EXPECT_TRUE(has("A4:A5")) << seed << " 预算规模及资金用途 over two rows";
      EXPECT_TRUE(has("B5:G5")) << seed << " purpose across the value columns";
      EXPECT_TRUE(has("A6:A7")) << seed << " 资金支出计划 over two rows";
      EXPECT_EQ(sheet["cells"]["A1"]["value"], project["title"]);
      EXPECT_EQ(sheet["cells"]["B3"]["value"], project["code"]);
      EXPECT_EQ(sheet["cells"]["C4"]["type"], "n");
      // 一级指标 merged down its group: the first group starts on row 10.
      const json& indicators = project["indicators"];
      size_t group = 1;
      while (group < indicators.size() && indicators[group]["level1"] == indicators[0]["level1"])
        ++group;
      if (group > 1) {
        EXPECT_TRUE(has("A10:A" + std::to_string(9 + group))) << seed << " p" << p + 1;
      }
    }
  }
}

}  // namespace
}  // namespace kpiconv
