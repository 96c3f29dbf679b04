// Every seed fixture converts to exactly its expected JSON (fixtures/expected, made from the seed
// text by fixtures/generator, checked by hand), from the generator's DOCX and from LibreOffice's
// re-save of it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "formats/csv/csv_reader.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

using nlohmann::json;
using test::run_kpiconv;

const char* const kSeeds[] = {"000", "001", "002", "003", "004"};

json expected_for(const std::string& seed) {
  return json::parse(test::read_bytes(test::source_dir() + "/fixtures/expected/" + seed + ".json"));
}

json convert_to_json(const std::string& input) {
  std::string folder = test::make_temp_dir("fixture-json");
  std::string output = folder + "/out.json";
  test::CommandResult result = run_kpiconv({"convert", input, "-o", output});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  json converted = json::parse(test::read_bytes(output));
  std::filesystem::remove_all(folder);
  return converted;
}

// The differences as a JSON patch from actual to expected: the failure message points at them.
void expect_same(const json& actual, const json& expected, const std::string& what) {
  json patch = json::diff(actual, expected);
  EXPECT_TRUE(patch.empty()) << what << " differs from its expected JSON; patch to fix it:\n"
                             << patch.dump(2).substr(0, 6000);
}

class SeedFixture : public ::testing::TestWithParam<const char*> {};

TEST_P(SeedFixture, ConvertsToTheExpectedJson) {
  std::string seed = GetParam();
  json actual = convert_to_json("fixtures/docx/" + seed + ".docx");
  expect_same(actual, expected_for(seed), "fixtures/docx/" + seed + ".docx");
}

TEST_P(SeedFixture, LibreOfficeResaveConvertsToTheSameJson) {
  std::string seed = GetParam();
  std::string input = "fixtures/docx-libreoffice/" + seed + ".docx";
  json actual = convert_to_json(input);
  EXPECT_EQ(actual["source"]["path"], input);
  json expected = expected_for(seed);
  expected["source"]["path"] = input;
  expect_same(actual, expected, input);
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
  const json expected = expected_for(seed);
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

INSTANTIATE_TEST_SUITE_P(Seeds, SeedFixture, ::testing::ValuesIn(kSeeds));

TEST(SeedFixtures, HoldAllFortyOneProjectTables) {
  size_t projects = 0;
  for (const char* seed : kSeeds) projects += expected_for(seed)["projects"].size();
  EXPECT_EQ(projects, 41u);
  EXPECT_EQ(expected_for("001")["tables"].size(), 3u);
}

}  // namespace
}  // namespace kpiconv
