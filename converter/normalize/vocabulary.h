// The normalizer's vocabulary: label synonyms and quarter words, read from vocabulary.json
// (compiled in). Code asks by meaning ("is this the 项目编码 label?"), never by literal Chinese
// strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kpiconv {

enum class Label {
  kUnitCode,
  kUnitName,
  kAmountUnit,
  kProjectTitle,
  kProjectNumber,
  kIndicatorCount,
  kProjectCode,
  kProjectName,
  kBudgetBlock,
  kBudgetTotal,
  kBudgetFiscal,
  kBudgetOther,
  kPurpose,
  kSpendingPlan,
  kGoals,
  kLevel1,
  kLevel2,
  kLevel3,
  kDescription,
  kValue,
  kBasis,
};

class Vocabulary {
 public:
  // Parses the vocabulary document; throws std::runtime_error on malformed data.
  explicit Vocabulary(std::string_view json_text);
  static const Vocabulary& builtin();

  // The label a cell's text is (after label_key), if any. A trailing ':' is ignored.
  std::optional<Label> label_of(std::string_view text) const;
  // "单位：万元" → "万元" (a view into `text`); nullopt when the text is not an amount-unit line.
  std::optional<std::string_view> amount_unit_of(std::string_view text) const;
  // Quarter index 0..3 for a quarter word ("第一季度"), nullopt otherwise. Month forms ("3月底")
  // are parsed by the recognizer's spending-plan reader.
  std::optional<int> quarter_word(std::string_view key) const;

 private:
  std::unordered_map<std::string, Label> labels_;
  std::vector<std::string> amount_unit_prefixes_;
  std::unordered_map<std::string, int> quarter_words_;
};

}  // namespace kpiconv
