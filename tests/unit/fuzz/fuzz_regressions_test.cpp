// Every input the fuzzers once tripped on (tests/fuzz/regressions/<target>/), replayed through the
// same harness as the fuzz target. In the sanitizer build (./bootstrap test runs it) a return of
// the bug is a sanitizer abort; in any build an exception other than kpiconv::Error fails here.
// The inputs' own tests, asserting what kpiconv now makes of each, sit beside the module they
// exercise.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "fuzz/harness/fuzz_targets.h"
#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> regression_inputs(const std::string& target) {
  std::vector<fs::path> inputs;
  fs::path folder = fs::path(test::source_dir()) / "tests/fuzz/regressions" / target;
  if (!fs::is_directory(folder)) return inputs;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file()) inputs.push_back(entry.path());
  }
  return inputs;
}

void replay(const std::string& target, const std::function<void(std::string_view)>& run) {
  for (const fs::path& input : regression_inputs(target)) {
    SCOPED_TRACE(input.string());
    EXPECT_NO_THROW(run(test::read_bytes(input)));
  }
}

TEST(FuzzRegressions, DocxReaderInputs) {
  replay("docx_reader", [](std::string_view bytes) { fuzz::read_as("docx", bytes); });
}

TEST(FuzzRegressions, XlsxReaderInputs) {
  replay("xlsx_reader", [](std::string_view bytes) { fuzz::read_as("xlsx", bytes); });
}

TEST(FuzzRegressions, CsvReaderInputs) {
  replay("csv_reader", [](std::string_view bytes) { fuzz::read_as("csv", bytes); });
}

TEST(FuzzRegressions, IndicatorValueInputs) {
  replay("indicator_value", [](std::string_view bytes) { fuzz::parse_value(bytes); });
}

TEST(FuzzRegressions, ProvinceMappingInputs) {
  replay("province_mapping", [](std::string_view bytes) { fuzz::fill_through_mapping(bytes); });
}

}  // namespace
}  // namespace kpiconv
