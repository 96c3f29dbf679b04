// A quote that opens a field and never closes properly takes in no later record: it is read as a
// character, its line as unquoted text, and a warning names the line and the field.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "formats/csv/csv_reader.h"
#include "support/files.h"

namespace kpiconv {
namespace {

using Records = std::vector<std::vector<std::string>>;

TEST(CsvQuotes, AQuoteNeverClosedIsACharacterAndTheRecordsAfterItStay) {
  EXPECT_EQ(parse_csv("a,b\r\n\"c,d\r\ne,f\r\n", ','),
            (Records{{"a", "b"}, {"\"c", "d"}, {"e", "f"}}));
  EXPECT_EQ(parse_csv("a,\"", ','), (Records{{"a", "\""}}));
}

TEST(CsvQuotes, TextAfterAWouldBeClosingQuoteMakesTheOpeningOneACharacter) {
  // The quote on line 2 would close the field opened on line 1, but "x" follows it.
  EXPECT_EQ(parse_csv("a,\"b\nc\"x,d\ne,f\n", ','),
            (Records{{"a", "\"b"}, {"c\"x", "d"}, {"e", "f"}}));
  // A stray quote before a properly quoted field further down: both read as meant.
  EXPECT_EQ(parse_csv("\"a,b\nc,\"1,000\"\n", ','), (Records{{"\"a", "b"}, {"c", "1,000"}}));
}

TEST(CsvQuotes, ProperlyQuotedFieldsAreReadAsBefore) {
  EXPECT_EQ(parse_csv("\"line\nbreak\",\"say \"\"hi\"\"\"\r\n\"\",x\r\n", ','),
            (Records{{"line\nbreak", "say \"hi\""}, {"", "x"}}));
  // Blanks between a closing quote and the delimiter stay part of the field, as they were.
  EXPECT_EQ(parse_csv("\"a\" ,b\n", ','), (Records{{"a ", "b"}}));
  EXPECT_EQ(parse_csv("\"a\"\tb\n", '\t'), (Records{{"a", "b"}}));
}

std::string ten_projects(const std::string& fifth_row_prefix, const std::string& tail = "") {
  std::string csv =
      "单位编码,金额单位,项目编码,项目名称,预算数,财政资金,一级指标,二级指标,三级指标,指标值\r\n";
  for (int i = 1; i <= 10; ++i) {
    std::string number = (i < 10 ? "0" : "") + std::to_string(i);
    csv += (i == 5 ? fifth_row_prefix : "") + "471001,万元,13073024P000000" + number +
           "10002Q,项目" + number + ",24.00,24.00,产出指标,数量指标,次数," +
           (i == 8 ? tail : "≥1次") + "\r\n";
  }
  return csv;
}

TEST(CsvQuotes, AFilingWhoseFifthProjectOpensAnUnbalancedQuoteKeepsAllTen) {
  // Once with no other quote in the file (the field would run to its end), once with a quoted
  // field three rows down (its opening quote would close the stray one).
  for (const std::string& tail : {std::string("≥1次"), std::string("\"1,000次\"")}) {
    SCOPED_TRACE(tail);
    std::string path = test::scratch_path("unbalanced.csv").string();
    test::write_bytes(path, ten_projects("\"", tail));
    Filing filing = read_filing(path);
    ASSERT_EQ(filing.projects.size(), 10u);
    EXPECT_EQ(filing.projects[4].code.text, "13073024P0000000510002Q");
    EXPECT_EQ(filing.projects[4].unit_code.text, "\"471001");  // the quote kept, as a character
    EXPECT_EQ(filing.projects[9].code.text, "13073024P0000001010002Q");
    EXPECT_EQ(filing.projects[7].indicators[0].value.text, tail == "≥1次" ? "≥1次" : "1,000次");
    std::vector<Finding> warnings;
    for (const Finding& finding : filing.findings) {
      if (finding.rule == "reader-warning") warnings.push_back(finding);
    }
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.locator, "A6");
    EXPECT_EQ(warnings[0].message.rfind("line 6: the quote that opens field A6 ", 0), 0u)
        << warnings[0].message;
    EXPECT_NE(warnings[0].message.find(tail == "≥1次" ? "is never closed"
                                                      : "on line 9; it is read as a character"),
              std::string::npos)
        << warnings[0].message;
  }
}

TEST(CsvQuotes, TheWarningCountsLinesOfTheFileNotRecords) {
  // The first record spans two lines, so the stray quote of the second record is on line 3.
  std::string path = test::scratch_path("lines.csv").string();
  test::write_bytes(path, "a,\"two\nlines\"\r\n\"b,c\r\nd,e\r\n");
  Document document = read_document(path);
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].where.locator, "A2");
  EXPECT_EQ(document.warnings[0].message,
            "line 3: the quote that opens field A2 is never closed (the field would take in the "
            "rest of the file); it is read as a character and the line as unquoted text");
}

}  // namespace
}  // namespace kpiconv
