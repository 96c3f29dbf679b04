// Every distinct 指标值 of the five seeds parses as fixtures/values/seed_values.tsv says, a table
// filled in by hand from what each value means; and the table keeps up with the seeds, so a new
// seed value cannot go untested.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "converter/values/indicator_value.h"
#include "seed_value_table.h"
#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

// Ordered, so that the parsed object's key order is checked too.
using OrderedJson = nlohmann::ordered_json;

std::vector<std::filesystem::path> expected_fixtures() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry :
       std::filesystem::directory_iterator(test::source_dir() + "/fixtures/expected")) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Calls `visit(fixture name, indicator)` for every indicator of every expected fixture.
template <typename Visit>
void for_each_expected_indicator(Visit visit) {
  for (const auto& path : expected_fixtures()) {
    OrderedJson filing = OrderedJson::parse(test::read_bytes(path));
    for (const OrderedJson& project : filing.at("projects")) {
      for (const OrderedJson& indicator : project.at("indicators"))
        visit(path.filename().string(), indicator);
    }
  }
}

std::map<std::string, test::SeedValueRow> rows_by_raw() {
  std::map<std::string, test::SeedValueRow> rows;
  for (test::SeedValueRow& row : test::read_seed_value_table()) rows.emplace(row.raw, row);
  return rows;
}

TEST(SeedValues, EveryValueParsesAsCheckedByHand) {
  std::vector<test::SeedValueRow> rows = test::read_seed_value_table();
  ASSERT_FALSE(rows.empty());
  for (const test::SeedValueRow& row : rows) {
    SCOPED_TRACE("seed_values.tsv:" + std::to_string(row.line) + " \"" + row.raw + "\"");
    ParsedValue parsed = parse_indicator_value(row.raw);
    EXPECT_STREQ(to_string(parsed.kind), row.kind.c_str()) << "kind";
    EXPECT_EQ(parsed.comparator, row.expected.comparator) << "comparator";
    EXPECT_EQ(parsed.number, row.expected.number) << "number";
    EXPECT_EQ(parsed.upper, row.expected.upper) << "upper";
    EXPECT_EQ(parsed.unit, row.expected.unit) << "unit";
    EXPECT_EQ(parsed.date, row.expected.date) << "date";
    EXPECT_EQ(parsed.note, row.expected.note) << "note";
  }
}

TEST(SeedValues, TableHoldsExactlyTheDistinctValuesOfTheExpectedFixtures) {
  std::set<std::string> seed_values;
  for_each_expected_indicator([&](const std::string&, const OrderedJson& indicator) {
    seed_values.insert(indicator.at("value").get<std::string>());
  });
  std::vector<test::SeedValueRow> rows = test::read_seed_value_table();
  std::set<std::string> table_values;
  for (size_t i = 0; i < rows.size(); ++i) {
    table_values.insert(rows[i].raw);
    if (i > 0) {
      EXPECT_LT(rows[i - 1].raw, rows[i].raw)
          << "seed_values.tsv:" << rows[i].line << ": rows must be sorted and distinct";
    }
  }
  for (const std::string& value : seed_values) {
    EXPECT_TRUE(table_values.count(value))
        << "\"" << value << "\" is a seed value missing from " << test::seed_value_table_path()
        << ": add its parse by hand";
  }
  for (const std::string& value : table_values) {
    EXPECT_TRUE(seed_values.count(value))
        << "\"" << value << "\" in " << test::seed_value_table_path()
        << " is no longer a seed value: remove the row";
  }
}

// The generator copies the table into the expected JSON; the two must not drift apart.
TEST(SeedValues, ExpectedFixturesCarryTheTablesParse) {
  std::map<std::string, test::SeedValueRow> rows = rows_by_raw();
  std::set<std::string> fixtures_without_parse;
  for_each_expected_indicator([&](const std::string& fixture, const OrderedJson& indicator) {
    std::string value = indicator.at("value").get<std::string>();
    auto row = rows.find(value);
    if (row == rows.end()) return;  // reported by the test above
    if (!indicator.contains("parsed")) {
      fixtures_without_parse.insert(fixture);
      return;
    }
    const ParsedValue& expected = row->second.expected;
    OrderedJson parsed = {{"kind", row->second.kind},  // in the order the generator writes them
                          {"comparator", expected.comparator},
                          {"number", expected.number},
                          {"unit", expected.unit},
                          {"note", expected.note}};
    if (expected.kind == ValueKind::kRange) parsed["upper"] = expected.upper;
    if (expected.kind == ValueKind::kDeadline) parsed["date"] = expected.date;
    EXPECT_EQ(indicator.at("parsed"), parsed) << fixture << ": \"" << value << "\"";
  });
  for (const std::string& fixture : fixtures_without_parse) {
    ADD_FAILURE() << fixture << " has indicators without a parsed form: run "
                  << "/usr/bin/python3 fixtures/generator/make_fixtures.py";
  }
}

}  // namespace
}  // namespace kpiconv
