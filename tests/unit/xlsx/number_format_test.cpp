// The number display contract: the XLSX reader shows numbers through these, and the XLSX writer
// picks a format code for a source text ("24.00", "30%") and checks format_number gives it back.
#include "formats/xlsx/number_format.h"

#include <gtest/gtest.h>

namespace kpiconv::xlsx {
namespace {

std::string show(double value, std::string_view code, bool date1904 = false) {
  return format_number(value, code, date1904);
}

TEST(NumberFormatGeneral, ShortestTextUpToFifteenDigits) {
  EXPECT_EQ(show(0, "General"), "0");
  EXPECT_EQ(show(24, "General"), "24");
  EXPECT_EQ(show(44035.0, "General"), "44035");
  EXPECT_EQ(show(-3, "General"), "-3");
  EXPECT_EQ(show(-0.0, "General"), "0");
  EXPECT_EQ(show(0.1 + 0.2, "General"), "0.3");
  EXPECT_EQ(show(1.0 / 3, "General"), "0.333333333333333");
  EXPECT_EQ(show(2.0 / 3, "General"), "0.666666666666667");
  EXPECT_EQ(show(1234567.891, "General"), "1234567.891");
  EXPECT_EQ(show(0.11, "General"), "0.11");
  EXPECT_EQ(show(123456789012345, "General"), "123456789012345");
}

TEST(NumberFormatGeneral, ExponentOutsideOneBillionthToOneQuadrillion) {
  EXPECT_EQ(show(1e-9, "General"), "0.000000001");
  EXPECT_EQ(show(0.000123, "General"), "0.000123");
  EXPECT_EQ(show(999999999999999, "General"), "999999999999999");
  EXPECT_EQ(show(1e15, "General"), "1E+15");
  EXPECT_EQ(show(1e20, "General"), "1E+20");
  EXPECT_EQ(show(-1.5e-10, "General"), "-1.5E-10");
  EXPECT_EQ(show(12345678901234567.0, "General"), "1.23456789012346E+16");
  EXPECT_EQ(show(1e100, "General"), "1E+100");
}

TEST(NumberFormatGeneral, EmptyCodeTextCodeAndUnparseableCodeAreGeneral) {
  EXPECT_EQ(show(24.5, ""), "24.5");
  EXPECT_EQ(show(24.5, "@"), "24.5");
  EXPECT_EQ(show(24.5, "general"), "24.5");
  EXPECT_EQ(show(24.5, "\"unterminated"), "24.5");
  EXPECT_EQ(show(24.5, "[<abc]0"), "24.5");
  EXPECT_EQ(show(24.5, "[Red"), "24.5");
  EXPECT_EQ(show(24.5, "0\\"), "24.5");
}

TEST(NumberFormatFixed, RoundsTheFifteenDigitValueHalfAwayFromZero) {
  EXPECT_EQ(show(2.675, "0.00"), "2.68");  // the double is 2.67499999999999982...
  EXPECT_EQ(show(1.005, "0.00"), "1.01");
  EXPECT_EQ(show(24, "0.00"), "24.00");
  EXPECT_EQ(show(0.11, "0.00"), "0.11");
  EXPECT_EQ(show(-1.5, "0.00"), "-1.50");
  EXPECT_EQ(show(2.5, "0"), "3");
  EXPECT_EQ(show(3.5, "0"), "4");
  EXPECT_EQ(show(-2.5, "0"), "-3");
  EXPECT_EQ(show(0.4, "0"), "0");
  EXPECT_EQ(show(9.995, "0.00"), "10.00");
  EXPECT_EQ(show(0.1 + 0.2, "0.000"), "0.300");
  EXPECT_EQ(show(123456789.125, "0.00"), "123456789.13");
}

TEST(NumberFormatFixed, ThousandsSeparatorsAndScaling) {
  EXPECT_EQ(show(1234567, "#,##0"), "1,234,567");
  EXPECT_EQ(show(999, "#,##0"), "999");
  EXPECT_EQ(show(0, "#,##0"), "0");
  EXPECT_EQ(show(-1234, "#,##0"), "-1,234");
  EXPECT_EQ(show(1234.5, "#,##0.00"), "1,234.50");
  EXPECT_EQ(show(1000000, "#,##0.00"), "1,000,000.00");
  EXPECT_EQ(show(1234567, "#,##0,"), "1,235");
  EXPECT_EQ(show(1234567, "0.0,,"), "1.2");
  EXPECT_EQ(show(0, "#,###"), "");
}

TEST(NumberFormatFixed, PlaceholdersZeroHashQuestion) {
  EXPECT_EQ(show(5, "000"), "005");
  EXPECT_EQ(show(1234, "00"), "1234");
  EXPECT_EQ(show(5, "#.##"), "5.");
  EXPECT_EQ(show(0.5, "#.##"), ".5");
  EXPECT_EQ(show(5.5, ".00"), "5.50");
  EXPECT_EQ(show(1.5, "0.0#"), "1.5");
  EXPECT_EQ(show(1.25, "0.0#"), "1.25");
  EXPECT_EQ(show(1, "0.0#"), "1.0");
  EXPECT_EQ(show(1.5, "0.??"), "1.5 ");
  EXPECT_EQ(show(5, "??0"), "  5");
  EXPECT_EQ(show(5551234, "000-0000"), "555-1234");
}

TEST(NumberFormatFixed, Percent) {
  EXPECT_EQ(show(0.3, "0%"), "30%");
  EXPECT_EQ(show(1, "0%"), "100%");
  EXPECT_EQ(show(0.255, "0%"), "26%");
  EXPECT_EQ(show(0.255, "0.0%"), "25.5%");
  EXPECT_EQ(show(0.12345, "0.00%"), "12.35%");
  EXPECT_EQ(show(0.6, "0%"), "60%");
  EXPECT_EQ(show(0.9, "0%"), "90%");
  EXPECT_EQ(show(-0.05, "0%"), "-5%");
  EXPECT_EQ(show(0.003, "0.0%"), "0.3%");
}

TEST(NumberFormatFixed, LiteralTextEscapesSpacingAndFill) {
  EXPECT_EQ(show(1234.5, "\"¥\"#,##0.00"), "¥1,234.50");
  EXPECT_EQ(show(24, "0.00\"元\""), "24.00元");
  EXPECT_EQ(show(24, "0.00元"), "24.00元");
  EXPECT_EQ(show(24, "\\$0"), "$24");
  EXPECT_EQ(show(24, "$0"), "$24");
  EXPECT_EQ(show(24, "0.00_)"), "24.00 ");
  EXPECT_EQ(show(24, "#,##0.00_ "), "24.00 ");
  EXPECT_EQ(show(24, "**0"), "24");
  EXPECT_EQ(show(24, "0* "), "24");
  EXPECT_EQ(show(-24, "\"$\"0"), "-$24");
  EXPECT_EQ(show(24, "\"dash\""), "dash");
}

TEST(NumberFormatFixed, ColoursLocalesAndNumeralSystemsAreIgnored) {
  EXPECT_EQ(show(24, "[Red]0.00"), "24.00");
  EXPECT_EQ(show(24, "[Color10]0.00"), "24.00");
  EXPECT_EQ(show(24, "[$-804]0.00"), "24.00");
  EXPECT_EQ(show(24, "[$¥-804]#,##0.00"), "¥24.00");
  EXPECT_EQ(show(24, "[$USD] #,##0"), "USD 24");
  EXPECT_EQ(show(123, "[DBNum1][$-804]General"), "123");
}

TEST(NumberFormatSections, PositiveNegativeZeroText) {
  EXPECT_EQ(show(24, "0.00_);[Red]\\(0.00\\)"), "24.00 ");
  EXPECT_EQ(show(-24, "0.00_);[Red]\\(0.00\\)"), "(24.00)");
  EXPECT_EQ(show(-1, "0;\"neg\""), "neg");
  EXPECT_EQ(show(0, "0;-0;;@"), "");
  EXPECT_EQ(show(5, "0;-0;;@"), "5");
  EXPECT_EQ(show(-5, "0;-0;;@"), "-5");
  EXPECT_EQ(show(0, "0;-0;\"zero\""), "zero");
  EXPECT_EQ(show(0, "0.00;-0.00"), "0.00");
  EXPECT_EQ(show(-5, "#,##0.00;[Red]-#,##0.00"), "-5.00");
  EXPECT_EQ(show(-5, "#,##0.00;[Red]#,##0.00"), "5.00");
  EXPECT_EQ(show(24, "General;-General"), "24");
  EXPECT_EQ(show(-24.5, "General;(General)"), "(24.5)");
}

TEST(NumberFormatSections, ChineseAccountingFormat) {
  const char* code = "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ";
  EXPECT_EQ(show(24, code), " 24.00 ");
  EXPECT_EQ(show(-1234.5, code), " -1,234.50 ");
  EXPECT_EQ(show(0, code), " -   ");
  EXPECT_EQ(show(24, builtin_number_format(43)), " 24.00 ");
}

TEST(NumberFormatSections, Conditions) {
  EXPECT_EQ(show(150, "[>=100]0;0.00"), "150");
  EXPECT_EQ(show(5, "[>=100]0;0.00"), "5.00");
  EXPECT_EQ(show(150, "[>=100]\"big\";[<10]\"small\";0"), "big");
  EXPECT_EQ(show(5, "[>=100]\"big\";[<10]\"small\";0"), "small");
  EXPECT_EQ(show(50, "[>=100]\"big\";[<10]\"small\";0"), "50");
  EXPECT_EQ(show(50, "[>=100]\"big\";[<10]\"small\""), "50");  // nothing fits: General
}

TEST(NumberFormatScientific, MantissaAndExponent) {
  EXPECT_EQ(show(12345, "0.00E+00"), "1.23E+04");
  EXPECT_EQ(show(0.000123, "0.00E+00"), "1.23E-04");
  EXPECT_EQ(show(0, "0.00E+00"), "0.00E+00");
  EXPECT_EQ(show(999900, "0.00E+00"), "1.00E+06");
  EXPECT_EQ(show(-12345, "0.00E+00"), "-1.23E+04");
  EXPECT_EQ(show(12345, "0.0E-0"), "1.2E4");
  EXPECT_EQ(show(12345, "##0.0E+0"), "12.3E+3");
  EXPECT_EQ(show(1234, "##0.0E+0"), "1.2E+3");
  EXPECT_EQ(show(12345, builtin_number_format(11)), "1.23E+04");
}

TEST(NumberFormatFraction, ClosestFractionWithinTheDenominatorDigits) {
  EXPECT_EQ(show(1.5, "# ?/?"), "1 1/2");
  EXPECT_EQ(show(2.25, "# ?/?"), "2 1/4");
  EXPECT_EQ(show(1.375, "# ?/8"), "1 3/8");
  EXPECT_EQ(show(0.75, "?/?"), "3/4");
  EXPECT_EQ(show(3, "# ?/?"), "3");
  EXPECT_EQ(show(0.3333, "# ?\?/??"), "  1/3 ");
  EXPECT_EQ(show(-1.5, "# ?/?"), "-1 1/2");
}

TEST(NumberFormatDate, IsoDateTimeOrBoth) {
  EXPECT_EQ(show(45382, "yyyy-mm-dd"), "2024-03-31");
  EXPECT_EQ(show(45382, "mm-dd-yy"), "2024-03-31");
  EXPECT_EQ(show(45382, "yyyy\"年\"m\"月\"d\"日\""), "2024-03-31");
  EXPECT_EQ(show(45382, "[$-409]mmmm d, yyyy"), "2024-03-31");
  EXPECT_EQ(show(45382, "M/d/yyyy"), "2024-03-31");
  EXPECT_EQ(show(45382.5729166667, "yyyy-mm-dd hh:mm:ss"), "2024-03-31T13:45:00");
  EXPECT_EQ(show(45382.5729166667, "M/d/yyyy H:mm:ss"), "2024-03-31T13:45:00");
  EXPECT_EQ(show(0.5729166667, "h:mm"), "13:45:00");
  EXPECT_EQ(show(0.5729166667, "h:mm AM/PM"), "13:45:00");
  EXPECT_EQ(show(45382.5729166667, "hh:mm:ss"), "13:45:00");
  EXPECT_EQ(show(0.5729224537, "hh:mm:ss.000"), "13:45:00.500");
  EXPECT_EQ(show(45382.999999999, "yyyy-mm-dd hh:mm"), "2024-04-01T00:00:00");
}

TEST(NumberFormatDate, MonthOrMinuteByItsNeighbours) {
  EXPECT_EQ(show(0.5729166667, "mm:ss"), "13:45:00");  // minutes before seconds: a time
  EXPECT_EQ(show(45382, "mm"), "2024-03-31");          // month alone: a date
  EXPECT_EQ(show(45382.5, "yyyy-mm h:mm"), "2024-03-31T12:00:00");
}

TEST(NumberFormatDate, LeapYearBugOf1900) {
  EXPECT_EQ(show(1, "yyyy-mm-dd"), "1900-01-01");
  EXPECT_EQ(show(59, "yyyy-mm-dd"), "1900-02-28");
  EXPECT_EQ(show(60, "yyyy-mm-dd"), "1900-02-29");
  EXPECT_EQ(show(61, "yyyy-mm-dd"), "1900-03-01");
  EXPECT_EQ(show(0, "yyyy-mm-dd"), "1900-01-00");
  EXPECT_EQ(show(2958465, "yyyy-mm-dd"), "9999-12-31");
}

TEST(NumberFormatDate, System1904) {
  EXPECT_EQ(show(0, "yyyy-mm-dd", true), "1904-01-01");
  EXPECT_EQ(show(45382 - 1462, "yyyy-mm-dd", true), "2024-03-31");
  EXPECT_EQ(show(60, "yyyy-mm-dd", true), "1904-03-01");
}

TEST(NumberFormatDate, ElapsedTimeInTotalHours) {
  EXPECT_EQ(show(1.5, "[h]:mm:ss"), "36:00:00");
  EXPECT_EQ(show(1.5, builtin_number_format(46)), "36:00:00");
  EXPECT_EQ(show(0.0625, "[mm]:ss"), "1:30:00");
}

TEST(NumberFormatDate, OutOfRangeSerialsAreGeneral) {
  EXPECT_EQ(show(-1, "yyyy-mm-dd"), "-1");
  EXPECT_EQ(show(2958466, "yyyy-mm-dd"), "2958466");
}

TEST(NumberFormatBuiltin, IdsOfTheStandardAndTheChineseLocale) {
  EXPECT_EQ(builtin_number_format(0), "General");
  EXPECT_EQ(builtin_number_format(4), "#,##0.00");
  EXPECT_EQ(builtin_number_format(49), "@");
  EXPECT_EQ(builtin_number_format(23), "");
  EXPECT_EQ(builtin_number_format(164), "");
  for (int id : {14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58}) {
    SCOPED_TRACE(id);
    EXPECT_TRUE(NumberFormat(builtin_number_format(id)).date());
    EXPECT_EQ(show(45382, builtin_number_format(id)), "2024-03-31");
  }
  for (int id : {18, 19, 20, 21, 32, 33, 34, 35, 45, 55, 56}) {
    SCOPED_TRACE(id);
    EXPECT_EQ(show(0.5729166667, builtin_number_format(id)), "13:45:00");
  }
  EXPECT_EQ(show(45382.5, builtin_number_format(22)), "2024-03-31T12:00:00");
  EXPECT_EQ(show(24, builtin_number_format(7)), "¥24.00");
  EXPECT_EQ(show(-24, builtin_number_format(7)), "¥-24.00");
  EXPECT_EQ(show(-24, builtin_number_format(39)), "(24.00)");
  EXPECT_EQ(show(0.3, builtin_number_format(9)), "30%");
}

// The writer's round trip: a format picked for a source text gives that text back.
TEST(NumberFormatRoundTrip, WriterCodesGiveTheSourceTextBack) {
  struct Case {
    double value;
    const char* code;
    const char* text;
  };
  for (const Case& c : {Case{24, "0.00", "24.00"}, Case{0.3, "0%", "30%"},
                        Case{0.255, "0.0%", "25.5%"}, Case{1234.5, "#,##0.00", "1,234.50"},
                        Case{-3, "0", "-3"}, Case{0.11, "0.00", "0.11"}, Case{100, "0%", "10000%"},
                        Case{1, "0%", "100%"}, Case{12345678.9, "#,##0.0", "12,345,678.9"}}) {
    SCOPED_TRACE(c.code);
    EXPECT_EQ(show(c.value, c.code), c.text);
  }
}

}  // namespace
}  // namespace kpiconv::xlsx
