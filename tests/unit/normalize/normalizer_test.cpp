#include "converter/normalize/normalizer.h"

#include <gtest/gtest.h>

namespace kpiconv {
namespace {

TEST(Trim, RemovesUnicodeWhiteSpaceAtBothEnds) {
  EXPECT_EQ(trim("  24.00 \t"), "24.00");
  EXPECT_EQ(trim("\u3000定额补助资金\u3000"), "定额补助资金");
  EXPECT_EQ(trim("\u00a0 30%\n"), "30%");
  EXPECT_EQ(trim(" "), "");
  EXPECT_EQ(trim("其中：财政    资金"), "其中：财政    资金");  // inner text untouched
}

TEST(IsBlank, SeesOnlyWhiteSpace) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" \u3000\t"));
  EXPECT_FALSE(is_blank(" 0 "));
}

TEST(NormalizeText, AppliesNfkcToFullWidthForms) {
  EXPECT_EQ(normalize_text("１２３ＡＢＣ（％）"), "123ABC(%)");
  EXPECT_EQ(normalize_text("其中：财政资金"), "其中:财政资金");
}

TEST(NormalizeText, RemovesSpacesBetweenHanCharactersOnly) {
  EXPECT_EQ(normalize_text("其中：财政    资金"), "其中:财政资金");
  EXPECT_EQ(normalize_text("社会效益指 标"), "社会效益指标");
  EXPECT_EQ(normalize_text("2023 年 8 月底前"), "2023 年 8 月底前");
  EXPECT_EQ(normalize_text("≥15   家"), "≥15 家");
  EXPECT_EQ(normalize_text("  A3   黑白打印机 "), "A3 黑白打印机");
}

TEST(LabelKey, MakesLayoutVariantsOfALabelMeet) {
  EXPECT_EQ(label_key("资金支出计 划（%）"), label_key("资金支出计划(%)"));
  EXPECT_EQ(label_key("预算规模及 资金用途"), "预算规模及资金用途");
  EXPECT_EQ(label_key("3 月底"), "3月底");
  EXPECT_EQ(label_key("怀财预批【2022】66号"), "怀财预批[2022]66号");
  EXPECT_EQ(label_key("计量  单位"), "计量单位");
}

TEST(IsHan, KnowsHanFromOtherScripts) {
  EXPECT_TRUE(is_han(U'资'));
  EXPECT_TRUE(is_han(U'〇'));
  EXPECT_FALSE(is_han(U'：'));
  EXPECT_FALSE(is_han(U'a'));
  EXPECT_FALSE(is_han(U'ア'));
}

}  // namespace
}  // namespace kpiconv
