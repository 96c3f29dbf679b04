// Every seed fixture converts to exactly its expected JSON (fixtures/expected, made from the seed
// text by fixtures/generator, checked by hand), from the generator's DOCX and from LibreOffice's
// re-save of it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "formats/csv/csv_reader.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

using nlohmann::json;
using test::run_kpiconv;

class SeedFixture : public ::testing::TestWithParam<const char*> {};

TEST_P(SeedFixture, ConvertsToTheExpectedJson) {
  std::string seed = GetParam();
  json actual = test::converted_json("fixtures/docx/" + seed + ".docx");
  test::expect_same_json(actual, test::expected_filing_json(seed),
                         "fixtures/docx/" + seed + ".docx");
}

TEST_P(SeedFixture, LibreOfficeResaveConvertsToTheSameJson) {
  std::string seed = GetParam();
  std::string input = "fixtures/docx-libreoffice/" + seed + ".docx";
  json actual = test::converted_json(input);
  EXPECT_EQ(actual["source"]["path"], input);
  json expected = test::expected_filing_json(seed);
  expected["source"]["path"] = input;
  test::expect_same_json(actual, expected, input);
}

TEST_P(SeedFixture, CsvCarriesEveryIndicatorOfTheExpectedJson) {
  std::string seed = GetParam();
  std::string folder = test::make_temp_dir("fixture-csv");
  test::CommandResult result =
      run_kpiconv({"convert", "fixtures/docx/" + seed + ".docx", "-o", folder + "/out.csv"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  std::string csv = test::read_bytes(folder + "/out.csv");
  std::filesystem::remove_all(folder);

  // Read back with the CSV reader's parser (it has its own tests against hand-written CSV).
  std::vector<std::vector<std::string>> rows = parse_csv(std::string_view(csv).substr(3), ',');
  for (auto& fields : rows) {
    for (std::string& field : fields) field = without_formula_guard(std::move(field));
  }
  ASSERT_FALSE(rows.empty());
  rows.erase(rows.begin());  // the heading

  size_t row = 0;
  const json expected = test::expected_filing_json(seed);
  for (const json& project : expected["projects"]) {
    for (const json& indicator : project["indicators"]) {
      ASSERT_LT(row, rows.size());
      const std::vector<std::string>& fields = rows[row++];
      ASSERT_EQ(fields.size(), 29u);
      EXPECT_EQ(fields[0], project["unit_code"]);
      EXPECT_EQ(fields[2], project["amount_unit"]);
      EXPECT_EQ(fields[3], project["code"]);
      EXPECT_EQ(fields[5], project["budget"]["total"]);
      EXPECT_EQ(fields[8], indicator["level1"]);
      EXPECT_EQ(fields[9], indicator["level2"]);
      EXPECT_EQ(fields[10], indicator["level3"]);
      EXPECT_EQ(fields[12], indicator["value"]);
      EXPECT_EQ(fields[13], indicator["basis"]);
      EXPECT_EQ(fields[14], project["purpose"]);
      EXPECT_EQ(fields[15], project["spending_plan"][0]);
      EXPECT_EQ(fields[18], project["spending_plan"][3]);
      EXPECT_EQ(fields[22], indicator["parsed"]["kind"]);
      EXPECT_EQ(fields[23], indicator["parsed"]["comparator"]);
      EXPECT_EQ(fields[24], indicator["parsed"]["number"]);
      EXPECT_EQ(fields[26], indicator["parsed"]["unit"]);
      EXPECT_EQ(fields[28], indicator["parsed"]["note"]);
    }
  }
  EXPECT_EQ(row, rows.size());
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedFixture, ::testing::ValuesIn(test::kSeedNames));

TEST(SeedFixtures, HoldAllFortyOneProjectTables) {
  size_t projects = 0;
  for (const char* seed : test::kSeedNames)
    projects += test::expected_filing_json(seed)["projects"].size();
  EXPECT_EQ(projects, 41u);
  EXPECT_EQ(test::expected_filing_json("001")["tables"].size(), 3u);
}

}  // namespace
}  // namespace kpiconv
