#include <gtest/gtest.h>

#include "formats/xlsx/numeric_text.h"

namespace kpiconv::xlsx {
namespace {

TEST(NumericText, KeepsTheDigitsAsWritten) {
  auto budget = as_number("24.00");
  ASSERT_TRUE(budget);
  EXPECT_EQ(budget->value, 24);
  EXPECT_EQ(budget->format_code, "0.00");
  EXPECT_EQ(budget->display, "24.00");
  EXPECT_EQ(as_number("235000.00")->format_code, "0.00");
  EXPECT_EQ(as_number("19.81215")->format_code, "0.00000");
  EXPECT_EQ(as_number("1")->format_code, "0");
  EXPECT_EQ(as_number("0.11")->value, 0.11);
  EXPECT_EQ(as_number("-3.50")->display, "-3.50");
  EXPECT_EQ(as_number("1,234,567.50")->format_code, "#,##0.00");
  EXPECT_EQ(as_number(" 156.14 ")->display, "156.14");
}

TEST(NumericText, LeavesCodesAndProseAsText) {
  EXPECT_FALSE(as_number("007"));
  EXPECT_FALSE(as_number("13073024P00008610002Q"));
  EXPECT_FALSE(as_number("A02010105"));
  EXPECT_FALSE(as_number("+5"));
  EXPECT_FALSE(as_number("24."));
  EXPECT_FALSE(as_number(".5"));
  EXPECT_FALSE(as_number("1,23"));
  EXPECT_FALSE(as_number("12,3456"));
  EXPECT_FALSE(as_number("1234567890123456"));  // 16 significant digits do not survive a double
  EXPECT_FALSE(as_number("≤24万元"));
  EXPECT_FALSE(as_number(""));
  EXPECT_FALSE(as_number("-"));
}

TEST(NumericText, ReadsPercentagesWithOrWithoutTheirSign) {
  auto with_sign = as_percentage("30%");
  ASSERT_TRUE(with_sign);
  EXPECT_DOUBLE_EQ(with_sign->value, 0.3);
  EXPECT_EQ(with_sign->format_code, "0%");
  EXPECT_EQ(with_sign->display, "30%");
  auto bare = as_percentage("30");
  ASSERT_TRUE(bare);
  EXPECT_DOUBLE_EQ(bare->value, 0.3);
  EXPECT_EQ(bare->display, "30%");
  EXPECT_EQ(as_percentage("25.5%")->format_code, "0.0%");
  EXPECT_EQ(as_percentage("100％")->display, "100%");
  EXPECT_FALSE(as_percentage(""));
  EXPECT_FALSE(as_percentage("30 %"));
  EXPECT_FALSE(as_percentage("全年"));
}

}  // namespace
}  // namespace kpiconv::xlsx
