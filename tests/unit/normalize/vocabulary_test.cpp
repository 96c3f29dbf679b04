#include "converter/normalize/vocabulary.h"

#include <gtest/gtest.h>

namespace kpiconv {
namespace {

TEST(Vocabulary, MatchesLabelsWhateverTheirSpacingAndPunctuation) {
  EXPECT_EQ(Vocabulary::builtin().label_of("项目编码"), Label::kProjectCode);
  EXPECT_EQ(Vocabulary::builtin().label_of("项目编号"), Label::kProjectCode);
  EXPECT_EQ(Vocabulary::builtin().label_of(" 项 目 名 称 "), Label::kProjectName);
  EXPECT_EQ(Vocabulary::builtin().label_of("其中：财政    资金"), Label::kBudgetFiscal);
  EXPECT_EQ(Vocabulary::builtin().label_of("其中:财政资金"), Label::kBudgetFiscal);
  EXPECT_EQ(Vocabulary::builtin().label_of("预算规模及 资金用途"), Label::kBudgetBlock);
  EXPECT_EQ(Vocabulary::builtin().label_of("资金支出计 划（%）"), Label::kSpendingPlan);
  EXPECT_EQ(Vocabulary::builtin().label_of("绩效目标："), Label::kGoals);
  EXPECT_EQ(Vocabulary::builtin().label_of("指标值确定依据"), Label::kBasis);
}

TEST(Vocabulary, DoesNotMistakeValuesForLabels) {
  EXPECT_EQ(Vocabulary::builtin().label_of("定额补助资金"), std::nullopt);
  EXPECT_EQ(Vocabulary::builtin().label_of("1. 定额补助资金绩效目标表"), std::nullopt);
  EXPECT_EQ(Vocabulary::builtin().label_of("预算    资金"), std::nullopt);
  EXPECT_EQ(Vocabulary::builtin().label_of(""), std::nullopt);
}

TEST(Vocabulary, ReadsTheAmountUnitLine) {
  EXPECT_EQ(Vocabulary::builtin().amount_unit_of("单位：万元"), "万元");
  EXPECT_EQ(Vocabulary::builtin().amount_unit_of("单位: 元 "), "元");
  EXPECT_EQ(Vocabulary::builtin().amount_unit_of("金额单位：万元"), "万元");
  EXPECT_EQ(Vocabulary::builtin().amount_unit_of("单位名称"), std::nullopt);
  EXPECT_EQ(Vocabulary::builtin().amount_unit_of("单位："), std::nullopt);
}

TEST(Vocabulary, KnowsQuarterWords) {
  EXPECT_EQ(Vocabulary::builtin().quarter_word("第一季度"), 0);
  EXPECT_EQ(Vocabulary::builtin().quarter_word("四季度"), 3);
  EXPECT_EQ(Vocabulary::builtin().quarter_word("三月"), std::nullopt);
}

// label_of remembers its answers per thread; each vocabulary still gets its own.
TEST(Vocabulary, EachVocabularyAnswersWithItsOwnLabels) {
  const char* kOwnWords =
      R"({"labels":{"project_code":["编号甲"]},"amount_unit_prefixes":[],"quarter_words":{}})";
  Vocabulary own(kOwnWords);
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(own.label_of("编号甲"), Label::kProjectCode);
    EXPECT_EQ(own.label_of("项目编码"), std::nullopt);
    EXPECT_EQ(Vocabulary::builtin().label_of("编号甲"), std::nullopt);
    EXPECT_EQ(Vocabulary::builtin().label_of("项目 编码"), Label::kProjectCode);
  }
  Vocabulary another(kOwnWords);
  EXPECT_EQ(another.label_of("编号甲"), Label::kProjectCode);
}

TEST(Vocabulary, RejectsAnUnknownLabelName) {
  EXPECT_THROW(
      Vocabulary(R"({"labels":{"nonsense":["x"]},"amount_unit_prefixes":[],"quarter_words":{}})"),
      std::runtime_error);
}

}  // namespace
}  // namespace kpiconv
