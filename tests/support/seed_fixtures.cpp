#include "support/seed_fixtures.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv::test {

nlohmann::json converted_json(const std::string& input) {
  std::string folder = make_temp_dir("converted-json");
  std::string output = folder + "/out.json";
  CommandResult result = run_kpiconv({"convert", input, "-o", output});
  EXPECT_EQ(result.exit_status, 0) << input << ": " << result.err;
  nlohmann::json converted =
      result.exit_status == 0 ? nlohmann::json::parse(read_bytes(output)) : nlohmann::json();
  std::filesystem::remove_all(folder);
  return converted;
}

nlohmann::json expected_filing_json(const std::string& seed) {
  return nlohmann::json::parse(read_bytes(source_dir() + "/fixtures/expected/" + seed + ".json"));
}

void expect_same_json(const nlohmann::json& actual, const nlohmann::json& expected,
                      const std::string& what) {
  nlohmann::json patch = nlohmann::json::diff(actual, expected);
  EXPECT_TRUE(patch.empty()) << what << " differs; the patch that would fix it:\n"
                             << patch.dump(2).substr(0, 6000);
}

}  // namespace kpiconv::test
