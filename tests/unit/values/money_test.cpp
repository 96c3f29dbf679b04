#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "converter/values/money_decimal.h"
#include "converter/values/money_units.h"

namespace kpiconv {
namespace {

Decimal d(const char* text) {
  return *Decimal::parse(text);
}

TEST(MoneyDecimal, ParsesAndPrintsAsWritten) {
  EXPECT_EQ(d("24.00").to_string(), "24.00");
  EXPECT_EQ(d("0.11").to_string(), "0.11");
  EXPECT_EQ(d("1,234.50").to_string(), "1234.50");
  EXPECT_EQ(d("-3").to_string(), "-3");
  EXPECT_EQ(d("007").to_string(), "7");
  EXPECT_EQ(d("-0.00").to_string(), "0.00");
  EXPECT_EQ(d("19.81215").scale(), 5);
  EXPECT_FALSE(Decimal::parse(""));
  EXPECT_FALSE(Decimal::parse("24."));
  EXPECT_FALSE(Decimal::parse("1.2.3"));
  EXPECT_FALSE(Decimal::parse("24万元"));
  EXPECT_FALSE(Decimal::parse(",5"));
}

TEST(MoneyDecimal, TakesThousandsSeparatorsOnlyWhereTheyGroupByThree) {
  EXPECT_EQ(d("24,000.00").to_string(), "24000.00");
  EXPECT_EQ(d("12,345,678").to_string(), "12345678");
  // A comma anywhere else may be a decimal comma or a list: no amount rather than a guess.
  EXPECT_FALSE(Decimal::parse("1,23"));
  EXPECT_FALSE(Decimal::parse("1,2345"));
  EXPECT_FALSE(Decimal::parse("1234,567"));
  EXPECT_FALSE(Decimal::parse("1,,234"));
  EXPECT_FALSE(Decimal::parse("1,234,56.00"));
}

TEST(MoneyDecimal, AddsAndSubtractsExactly) {
  EXPECT_EQ((d("0.1") + d("0.2")).to_string(), "0.3");  // not 0.30000000000000004
  EXPECT_EQ((d("24.00") + d("0")).to_string(), "24.00");
  EXPECT_EQ((d("345.44") - d("346.77")).to_string(), "-1.33");
  EXPECT_EQ((d("-5") + d("5.00")).to_string(), "0.00");
  EXPECT_EQ((d("99999999999999999999.99") + d("0.01")).to_string(), "100000000000000000000.00");
}

TEST(MoneyDecimal, ComparesAcrossScales) {
  EXPECT_EQ(d("24.00"), d("24"));
  EXPECT_LT(d("345.44"), d("346.77"));
  EXPECT_GT(d("-1"), d("-1.5"));
  EXPECT_TRUE(d("-0.01").is_negative());
  EXPECT_FALSE(d("0.00").is_negative());
}

std::string amount(std::string_view text) {
  std::optional<Decimal> read = parse_amount(text);
  return read ? read->to_string() : "(none)";
}

TEST(MoneyUnits, ReadsAmountsAsSpreadsheetsAndPeopleWriteThemExactly) {
  EXPECT_EQ(amount(" 156.14 "), "156.14");
  EXPECT_EQ(amount("１,０２４.５０"), "1024.50");
  EXPECT_EQ(amount("24,000.00"), "24000.00");
  // A yuan sign, half- or full-width, before the number or after its sign.
  EXPECT_EQ(amount("¥24.00"), "24.00");
  EXPECT_EQ(amount("￥24.00"), "24.00");
  EXPECT_EQ(amount("¥ 1,024.50"), "1024.50");
  EXPECT_EQ(amount("-¥3"), "-3");
  EXPECT_EQ(amount("¥-3"), "-3");
  // E notation: the digits written, the point moved.
  EXPECT_EQ(amount("2.4E1"), "24");
  EXPECT_EQ(amount("2.40e+1"), "24.0");
  EXPECT_EQ(amount("1.5E-3"), "0.0015");
  EXPECT_EQ(amount("-1.23457E+11"), "-123457000000");
  EXPECT_EQ(amount("1E20"), "100000000000000000000");
  // No amount: an exponent past the bounds (never a double's infinity or its rounding), a sign
  // twice, a currency other than the yuan, words.
  EXPECT_EQ(amount("1e400"), "(none)");
  EXPECT_EQ(amount("1E21"), "(none)");
  EXPECT_EQ(amount("1e-21"), "(none)");
  EXPECT_EQ(amount("1e"), "(none)");
  EXPECT_EQ(amount("e5"), "(none)");
  EXPECT_EQ(amount("1e2.5"), "(none)");
  EXPECT_EQ(amount("-¥-3"), "(none)");
  EXPECT_EQ(amount("¥"), "(none)");
  EXPECT_EQ(amount("$24"), "(none)");
  EXPECT_EQ(amount("24元"), "(none)");
  EXPECT_EQ(amount("另行安排"), "(none)");
}

TEST(MoneyUnits, ConvertsByMovingTheDecimalPoint) {
  EXPECT_EQ(convert_amount(d("24.00"), "万元", "元")->to_string(), "240000.00");
  EXPECT_EQ(convert_amount(d("235000.00"), "元", "万元")->to_string(), "23.50");
  EXPECT_EQ(convert_amount(d("1234.56"), "元", "万元")->to_string(), "0.123456");
  EXPECT_EQ(convert_amount(d("1"), "亿元", "万元")->to_string(), "10000");
  EXPECT_EQ(convert_amount(d("30"), "元", "元")->to_string(), "30");
  EXPECT_FALSE(convert_amount(d("12"), "月", "元"));
}

}  // namespace
}  // namespace kpiconv
