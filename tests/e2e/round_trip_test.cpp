// The property offices rely on: a filing taken out to a spreadsheet or CSV and read back is the
// same filing, for everything the layout carries. JSON(F) == JSON(XLSX normalized(F)) == JSON(XLSX
// form(F)) == JSON(CSV(F)).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

using nlohmann::json;

json convert_through(const std::string& input, const std::string& middle,
                     const std::vector<std::string>& options = {}) {
  std::string folder = test::make_temp_dir("round-trip");
  std::string between = folder + "/" + middle;
  std::vector<std::string> out_args = {"convert", input, "-o", between};
  out_args.insert(out_args.end(), options.begin(), options.end());
  test::CommandResult out = test::run_kpiconv(out_args);
  EXPECT_EQ(out.exit_status, 0) << out.err;
  test::CommandResult back = test::run_kpiconv({"convert", between, "-o", folder + "/back.json"});
  EXPECT_EQ(back.exit_status, 0) << back.err;
  json result = json::parse(test::read_bytes(folder + "/back.json"));
  std::filesystem::remove_all(folder);
  return result;
}

// Only the parts a layout carries; findings describe a reading, not the filing.
json carried(const json& filing, std::initializer_list<const char*> parts) {
  json kept = json::object();
  for (const char* part : parts) kept[part] = filing[part];
  return kept;
}

class RoundTrip : public ::testing::TestWithParam<const char*> {};

TEST_P(RoundTrip, NormalizedWorkbookGivesTheSameFiling) {
  std::string seed = GetParam();
  json back = convert_through("fixtures/docx/" + seed + ".docx", seed + ".xlsx");
  EXPECT_EQ(back["source"]["format"], "xlsx");
  test::expect_same_json(carried(back, {"title", "projects", "tables"}),
                         carried(test::expected_filing_json(seed), {"title", "projects", "tables"}),
                         "normalized XLSX");
}

TEST_P(RoundTrip, FormWorkbookGivesTheSameFiling) {
  std::string seed = GetParam();
  json back =
      convert_through("fixtures/docx/" + seed + ".docx", seed + ".xlsx", {"--layout", "form"});
  test::expect_same_json(carried(back, {"title", "projects", "tables"}),
                         carried(test::expected_filing_json(seed), {"title", "projects", "tables"}),
                         "form XLSX");
}

TEST_P(RoundTrip, CsvGivesTheSameProjects) {
  std::string seed = GetParam();
  json back = convert_through("fixtures/docx/" + seed + ".docx", seed + ".csv");
  EXPECT_EQ(back["source"]["format"], "csv");
  test::expect_same_json(carried(back, {"projects"}),
                         carried(test::expected_filing_json(seed), {"projects"}), "CSV");
}

TEST_P(RoundTrip, Gb18030CsvGivesTheSameProjects) {
  std::string seed = GetParam();
  json back =
      convert_through("fixtures/docx/" + seed + ".docx", seed + ".csv", {"--encoding", "gb18030"});
  test::expect_same_json(carried(back, {"projects"}),
                         carried(test::expected_filing_json(seed), {"projects"}), "GB18030 CSV");
}

TEST_P(RoundTrip, WordDocumentFromTheStandardTemplateGivesTheSameFiling) {
  std::string seed = GetParam();
  json back = convert_through("fixtures/docx/" + seed + ".docx", seed + ".docx");
  test::expect_same_json(carried(back, {"title", "projects", "tables"}),
                         carried(test::expected_filing_json(seed), {"title", "projects", "tables"}),
                         "DOCX");
}

// A filing that came in as a spreadsheet goes out as the Word form just the same.
TEST_P(RoundTrip, WordDocumentFromEachWorkbookLayoutGivesTheSameFiling) {
  std::string seed = GetParam();
  for (const char* layout : {"normalized", "form"}) {
    std::string folder = test::make_temp_dir("workbook-to-docx");
    std::string workbook = folder + "/" + seed + ".xlsx";
    test::CommandResult out = test::run_kpiconv(
        {"convert", "fixtures/docx/" + seed + ".docx", "-o", workbook, "--layout", layout});
    ASSERT_EQ(out.exit_status, 0) << out.err;
    json back = convert_through(workbook, seed + ".docx");
    test::expect_same_json(
        carried(back, {"title", "projects", "tables"}),
        carried(test::expected_filing_json(seed), {"title", "projects", "tables"}),
        std::string("DOCX from the ") + layout + " workbook");
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, RoundTrip, ::testing::ValuesIn(test::kSeedNames));

}  // namespace
}  // namespace kpiconv
