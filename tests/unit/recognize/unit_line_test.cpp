#include "converter/recognize/unit_line.h"

#include <gtest/gtest.h>

namespace kpiconv {
namespace {

TEST(UnitLine, SplitsCodeAndName) {
  auto line = parse_unit_line("471001怀来县工业和信息化局");
  ASSERT_TRUE(line);
  EXPECT_EQ(line->code, "471001");
  EXPECT_EQ(line->name, "怀来县工业和信息化局");
}

TEST(UnitLine, AllowsASpaceBetween) {
  auto line = parse_unit_line("471001 秦皇岛市抚宁区科技和工业信息化局本级");
  ASSERT_TRUE(line);
  EXPECT_EQ(line->code, "471001");
  EXPECT_EQ(line->name, "秦皇岛市抚宁区科技和工业信息化局本级");
}

TEST(UnitLine, AcceptsShortDepartmentCodes) {
  auto line = parse_unit_line("471怀来县工业和信息化管理部门");
  ASSERT_TRUE(line);
  EXPECT_EQ(line->code, "471");
}

TEST(UnitLine, RejectsDatesNumbersAndText) {
  EXPECT_FALSE(parse_unit_line("2023年度工作计划"));
  EXPECT_FALSE(parse_unit_line("24.00"));
  EXPECT_FALSE(parse_unit_line("单位：万元"));
  EXPECT_FALSE(parse_unit_line("12 月底 100%"));
  EXPECT_FALSE(parse_unit_line("471001"));
}

}  // namespace
}  // namespace kpiconv
