// The normalizer's vocabulary: label synonyms, quarter words and the words of indicator values
// (comparators, units, range separators, deadline words, references), read from vocabulary.json
// (compiled in). Code asks by meaning ("is this the 项目编码 label?", "which comparator is
// 不低于?"), never by literal Chinese strings.
#pragma once

#include <cstdint>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

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
  // The columns kpiconv writes with the parse of 指标值 (derived; see flat_columns.h).
  kValueKind,
  kValueComparator,
  kValueNumber,
  kValueUpper,
  kValueUnit,
  kValueDate,
  kValueNote,
};

// A 一级指标 and the 二级指标 it allows.
struct IndicatorCategory {
  std::string name;
  std::vector<std::string> subcategories;
};

// A vocabulary word found at the start of a text: what it stands for and how many bytes it took.
struct PhraseMatch {
  std::string_view meaning;
  size_t length = 0;
};

// Words, each standing for a meaning, compared as normalize_text leaves them and matched longest
// first, so "不超过" wins over "不超" and "个月" over "个". A word ending in an ASCII letter only
// matches before a non-letter, so the unit "m" is not read out of "min".
class PhraseTable {
 public:
  // `word` is normalized here; throws std::runtime_error when it already stands for another
  // meaning.
  void add(std::string_view word, const std::string& meaning);
  // The meaning of exactly `normalized_word`.
  std::optional<std::string_view> find(std::string_view normalized_word) const;
  // The longest word at the start of `normalized_text`.
  std::optional<PhraseMatch> match_start(std::string_view normalized_text) const;

 private:
  std::map<std::string, std::string, std::less<>> meanings_;
  size_t longest_ = 0;
};

// The parts of a deadline written as a date: 2023年8月底前 is year, month, end of, before.
enum class DateWord { kYear, kMonth, kDay, kEndOf, kBefore };

struct DateWordMatch {
  DateWord word;
  size_t length = 0;
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

  // Indicator values (converter/values). Comparators are "≥" "≤" ">" "<" "="; units are canonical
  // ("百分比" → "%", "个月" → "月", "万" → "万元"). The *_at functions take normalize_text output
  // and match the longest word at its start.
  std::optional<std::string_view> comparator_of(std::string_view word) const;  // either placement
  std::optional<std::string_view> canonical_unit(std::string_view word) const;
  std::optional<PhraseMatch> comparator_before_number_at(std::string_view text) const;  // 不低于
  std::optional<PhraseMatch> comparator_after_number_at(std::string_view text) const;   // 以内
  std::optional<PhraseMatch> unit_at(std::string_view text) const;
  std::optional<size_t> range_separator_at(std::string_view text) const;  // its length: 90%-100%
  std::optional<DateWordMatch> date_word_at(std::string_view text) const;
  // True when normalized `text` defers to a document ("以文件为准"): then it is qualitative even if
  // the document's name carries numbers.
  bool is_reference(std::string_view text) const;

  // 一级指标 with the 二级指标 each allows, in the vocabulary's order.
  const std::vector<IndicatorCategory>& categories() const;

 private:
  void read_value_words(const nlohmann::json& data);

  std::optional<Label> look_up_label(std::string_view text) const;

  std::uint64_t serial_;  // tells this vocabulary's entries apart in label_of's per-thread memo
  std::unordered_map<std::string, Label> labels_;
  std::vector<std::string> amount_unit_prefixes_;
  std::unordered_map<std::string, int> quarter_words_;
  std::vector<IndicatorCategory> categories_;
  PhraseTable comparators_before_number_;
  PhraseTable comparators_after_number_;
  PhraseTable units_;
  PhraseTable range_separators_;
  PhraseTable date_words_;
  PhraseTable reference_starts_;
  std::vector<std::string> reference_ends_;
};

}  // namespace kpiconv
