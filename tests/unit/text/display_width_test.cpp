#include "converter/text/display_width.h"

#include <gtest/gtest.h>

namespace kpiconv {
namespace {

TEST(DisplayWidth, HanAndFullWidthCountTwo) {
  EXPECT_EQ(display_width("24.00"), 5);
  EXPECT_EQ(display_width("项目编码"), 8);
  EXPECT_EQ(display_width("≥95%"), 5);  // ≥ is East Asian ambiguous: wide in a CJK font
  EXPECT_EQ(display_width("（％）"), 6);
  EXPECT_EQ(display_width(""), 0);
}

TEST(DisplayWidth, TakesTheWidestLine) {
  EXPECT_EQ(display_width("1.购置办公设备\n2.招商引资"), 14);
}

TEST(DisplayWidth, CountsWrappedLines) {
  EXPECT_EQ(wrapped_line_count("", 10), 1);
  EXPECT_EQ(wrapped_line_count("项目编码项目编码", 10), 2);
  EXPECT_EQ(wrapped_line_count("ab\ncd", 10), 2);
  EXPECT_EQ(wrapped_line_count("abcdefghijk", 5), 3);
}

}  // namespace
}  // namespace kpiconv
