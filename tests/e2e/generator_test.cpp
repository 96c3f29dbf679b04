// The committed expected JSON is what the fixture generator derives from the seed text today:
// nobody edited a golden by hand, and the seeds have not moved under it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/run_command.h"

namespace kpiconv {
namespace {

TEST(FixtureGenerator, ReproducesTheCommittedExpectedJsonFromTheSeeds) {
  std::string seeds = test::shared_dir() + "/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "no seeds at " << seeds;
  std::string out = test::make_temp_dir("generator");
  std::string command = "/usr/bin/python3 " + test::source_dir() +
                        "/fixtures/generator/make_fixtures.py --no-libreoffice --seeds '" + seeds +
                        "' --out '" + out + "' >'" + out + "/log' 2>&1";
  int status = std::system(command.c_str());
  ASSERT_EQ(status, 0) << test::read_bytes(out + "/log");
  for (const char* seed : {"000", "001", "002", "003", "004"}) {
    std::string name = std::string("expected/") + seed + ".json";
    EXPECT_EQ(test::read_bytes(out + "/" + name),
              test::read_bytes(test::source_dir() + "/fixtures/" + name))
        << name << " is stale: run /usr/bin/python3 fixtures/generator/make_fixtures.py";
  }
  std::filesystem::remove_all(out);
}

}  // namespace
}  // namespace kpiconv
