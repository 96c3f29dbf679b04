// CSV injection: a cell a spreadsheet would run as a formula is written with a ' before it (unless
// --csv-raw), and kpiconv's CSV reader takes the ' off again.
#include <gtest/gtest.h>

#include <filesystem>

#include "converter/convert.h"
#include "converter/normalize/normalizer.h"
#include "formats/csv/csv_reader.h"
#include "formats/csv/csv_writer.h"
#include "support/files.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::field;

Filing filing_with_indicator_values(const std::vector<std::string>& values) {
  Filing filing;
  Project project;
  project.code = field("P1");
  project.name = field("+1 项目");
  for (const std::string& value : values) {
    Indicator indicator;
    indicator.level1 = field("产出指标");
    indicator.value = field(value);
    project.indicators.push_back(indicator);
  }
  filing.projects.push_back(project);
  return filing;
}

std::vector<std::vector<std::string>> written(const Filing& filing, bool raw) {
  auto path = test::scratch_path(raw ? "raw.csv" : "guarded.csv");
  WriteOptions options;
  options.csv_raw = raw;
  CsvWriter().write(filing, path, options);
  return parse_csv(test::read_bytes(path).substr(3), ',');
}

const std::vector<std::string> kDangerous = {"=HYPERLINK(\"http://x\")", "-3",  "@SUM(A1)", "\t1",
                                             "'=not a formula",          "≥1次"};

TEST(CsvInjection, GuardsCellsThatWouldRunAsFormulas) {
  auto rows = written(filing_with_indicator_values(kDangerous), false);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[1][4], "'+1 项目");
  EXPECT_EQ(rows[1][12], "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(rows[2][12], "'-3");
  EXPECT_EQ(rows[3][12], "'@SUM(A1)");
  EXPECT_EQ(rows[4][12], "'\t1");
  EXPECT_EQ(rows[5][12], "''=not a formula");
  EXPECT_EQ(rows[6][12], "≥1次");
}

TEST(CsvInjection, RawWritesCellsAsTheyAre) {
  auto rows = written(filing_with_indicator_values(kDangerous), true);
  EXPECT_EQ(rows[1][12], "=HYPERLINK(\"http://x\")");
  EXPECT_EQ(rows[2][12], "-3");
}

TEST(CsvInjection, ReadingBackGivesTheValuesAsTheyWere) {
  Filing filing = filing_with_indicator_values(kDangerous);
  auto path = test::scratch_path("round-trip.csv");
  CsvWriter().write(filing, path, {});
  Filing back = read_filing(path.string());
  ASSERT_EQ(back.projects.size(), 1u);
  EXPECT_EQ(back.projects[0].name.text, "+1 项目");
  ASSERT_EQ(back.projects[0].indicators.size(), kDangerous.size());
  for (size_t i = 0; i < kDangerous.size(); ++i) {
    // Values are read with their ends trimmed, as from any source.
    EXPECT_EQ(back.projects[0].indicators[i].value.text, trim(kDangerous[i])) << i;
  }
}

}  // namespace
}  // namespace kpiconv
