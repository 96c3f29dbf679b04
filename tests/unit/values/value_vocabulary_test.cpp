// The words of indicator values come from vocabulary.json: comparators before and after the
// number, unit synonyms, range separators, deadline words and references to documents.
#include <gtest/gtest.h>

#include "converter/normalize/vocabulary.h"

namespace kpiconv {
namespace {

TEST(IndicatorValueVocabulary, KnowsComparatorWordsWhereverTheyStand) {
  EXPECT_EQ(Vocabulary::builtin().comparator_of("不低于"), "≥");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("＞＝"), "≥");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("达到"), "≥");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("不超"), "≤");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("以内"), "≤");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("超过"), ">");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("低于"), "<");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("等于"), "=");
  EXPECT_EQ(Vocabulary::builtin().comparator_of("提升"), std::nullopt);
}

TEST(IndicatorValueVocabulary, MatchesTheLongestComparatorWordInItsPlace) {
  auto before = Vocabulary::builtin().comparator_before_number_at("不超过100万元");
  ASSERT_TRUE(before);
  EXPECT_EQ(before->meaning, "≤");
  EXPECT_EQ(before->length, std::string_view("不超过").size());
  // 以内 follows a number; it is not a word before one.
  EXPECT_FALSE(Vocabulary::builtin().comparator_before_number_at("以内"));
  auto after = Vocabulary::builtin().comparator_after_number_at("及以上");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->meaning, "≥");
  EXPECT_EQ(after->length, std::string_view("及以上").size());
}

TEST(IndicatorValueVocabulary, CanonicalizesUnits) {
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("百分比"), "%");
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("％"), "%");
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("个月"), "月");
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("万"), "万元");
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("亿元"), "亿元");
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("㎡"), "平方米");
  EXPECT_EQ(Vocabulary::builtin().canonical_unit("提升"), std::nullopt);
  auto unit = Vocabulary::builtin().unit_at("个月内");
  ASSERT_TRUE(unit);
  EXPECT_EQ(unit->meaning, "月");
  // An ASCII unit is not read out of a longer word.
  EXPECT_FALSE(Vocabulary::builtin().unit_at("min"));
  EXPECT_TRUE(Vocabulary::builtin().unit_at("m,"));
}

TEST(IndicatorValueVocabulary, KnowsRangeSeparatorsDeadlineWordsAndReferences) {
  EXPECT_EQ(Vocabulary::builtin().range_separator_at("至5个"), std::string_view("至").size());
  EXPECT_EQ(Vocabulary::builtin().range_separator_at("~90%"), 1u);
  auto end_of = Vocabulary::builtin().date_word_at("底前");
  ASSERT_TRUE(end_of);
  EXPECT_EQ(end_of->word, DateWord::kEndOf);
  auto before = Vocabulary::builtin().date_word_at("之前");
  ASSERT_TRUE(before);
  EXPECT_EQ(before->word, DateWord::kBefore);
  EXPECT_TRUE(Vocabulary::builtin().is_reference("以文件为准"));
  EXPECT_TRUE(Vocabulary::builtin().is_reference("按2024年标准执行"));
  EXPECT_FALSE(Vocabulary::builtin().is_reference("以文件"));
  EXPECT_FALSE(Vocabulary::builtin().is_reference("为准"));
}

TEST(IndicatorValueVocabulary, RejectsAnUnknownComparatorAndAWordWithTwoMeanings) {
  const std::string labels_only = R"("labels":{},"amount_unit_prefixes":[],"quarter_words":{})";
  EXPECT_THROW(Vocabulary("{" + labels_only +
                          R"(,"comparators":{"before_number":{"≈":["约"]},"after_number":{}}})"),
               std::runtime_error);
  EXPECT_THROW(
      Vocabulary("{" + labels_only + R"(,"units":{"canonical":{"月":["个月"],"年":["个月"]}}})"),
      std::runtime_error);
  EXPECT_NO_THROW(Vocabulary("{" + labels_only + "}"));
}

}  // namespace
}  // namespace kpiconv
