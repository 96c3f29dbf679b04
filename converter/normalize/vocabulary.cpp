#include "converter/normalize/vocabulary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "converter/normalize/normalizer.h"

namespace kpiconv {

extern const std::string_view kVocabularyJson;

namespace {

std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> serial{0};
  return ++serial;
}

const std::unordered_map<std::string_view, Label>& label_names() {
  static const std::unordered_map<std::string_view, Label> names = {
      {"unit_code", Label::kUnitCode},
      {"unit_name", Label::kUnitName},
      {"amount_unit", Label::kAmountUnit},
      {"project_title", Label::kProjectTitle},
      {"project_number", Label::kProjectNumber},
      {"indicator_count", Label::kIndicatorCount},
      {"value_kind", Label::kValueKind},
      {"value_comparator", Label::kValueComparator},
      {"value_number", Label::kValueNumber},
      {"value_upper", Label::kValueUpper},
      {"value_unit", Label::kValueUnit},
      {"value_date", Label::kValueDate},
      {"value_note", Label::kValueNote},
      {"project_code", Label::kProjectCode},
      {"project_name", Label::kProjectName},
      {"budget_block", Label::kBudgetBlock},
      {"budget_total", Label::kBudgetTotal},
      {"budget_fiscal", Label::kBudgetFiscal},
      {"budget_other", Label::kBudgetOther},
      {"purpose", Label::kPurpose},
      {"spending_plan", Label::kSpendingPlan},
      {"goals", Label::kGoals},
      {"level1", Label::kLevel1},
      {"level2", Label::kLevel2},
      {"level3", Label::kLevel3},
      {"description", Label::kDescription},
      {"value", Label::kValue},
      {"basis", Label::kBasis},
  };
  return names;
}

constexpr size_t kLongestLabelBytes = 64;

using VocabularyJson = nlohmann::json;

bool is_utf8_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

bool is_ascii_letter(char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
}

void add_words(const VocabularyJson& words, const std::string& meaning, PhraseTable& table) {
  for (const auto& word : words) table.add(word.get<std::string>(), meaning);
}

// {"≥": [words], "≤": [words], …}: only the five comparators the parsed form knows.
void read_comparators(const VocabularyJson& words_by_comparator, PhraseTable& table) {
  static const std::vector<std::string> known = {"≥", "≤", ">", "<", "="};
  for (const auto& [comparator, words] : words_by_comparator.items()) {
    if (std::find(known.begin(), known.end(), comparator) == known.end())
      throw std::runtime_error("vocabulary: unknown comparator " + comparator);
    add_words(words, comparator, table);
  }
}

const std::vector<std::pair<std::string, DateWord>>& date_word_names() {
  static const std::vector<std::pair<std::string, DateWord>> names = {
      {"year", DateWord::kYear},    {"month", DateWord::kMonth},   {"day", DateWord::kDay},
      {"end_of", DateWord::kEndOf}, {"before", DateWord::kBefore},
  };
  return names;
}

}  // namespace

void PhraseTable::add(std::string_view word, const std::string& meaning) {
  std::string key = normalize_text(word);
  if (key.empty()) throw std::runtime_error("vocabulary: an empty word for " + meaning);
  auto [found, inserted] = meanings_.emplace(key, meaning);
  if (!inserted && found->second != meaning)
    throw std::runtime_error("vocabulary: " + key + " stands for both " + found->second + " and " +
                             meaning);
  longest_ = std::max(longest_, key.size());
}

std::optional<std::string_view> PhraseTable::find(std::string_view normalized_word) const {
  auto found = meanings_.find(normalized_word);
  if (found == meanings_.end()) return std::nullopt;
  return std::string_view(found->second);
}

std::optional<PhraseMatch> PhraseTable::match_start(std::string_view normalized_text) const {
  for (size_t length = std::min(longest_, normalized_text.size()); length > 0; --length) {
    bool whole_code_points =
        length == normalized_text.size() || !is_utf8_continuation(normalized_text[length]);
    if (!whole_code_points) continue;
    bool splits_a_word = length < normalized_text.size() &&
                         is_ascii_letter(normalized_text[length - 1]) &&
                         is_ascii_letter(normalized_text[length]);
    if (splits_a_word) continue;
    if (auto meaning = find(normalized_text.substr(0, length)))
      return PhraseMatch{*meaning, length};
  }
  return std::nullopt;
}

Vocabulary::Vocabulary(std::string_view json_text) : serial_(next_serial()) {
  nlohmann::json data = nlohmann::json::parse(json_text);
  for (const auto& [name, synonyms] : data.at("labels").items()) {
    auto known = label_names().find(name);
    if (known == label_names().end()) throw std::runtime_error("vocabulary: unknown label " + name);
    for (const auto& synonym : synonyms) {
      labels_.emplace(label_key(synonym.get<std::string>()), known->second);
    }
  }
  for (const auto& prefix : data.at("amount_unit_prefixes")) {
    amount_unit_prefixes_.push_back(label_key(prefix.get<std::string>()));
  }
  for (const auto& [quarter, words] : data.at("quarter_words").items()) {
    for (const auto& word : words)
      quarter_words_.emplace(label_key(word.get<std::string>()), std::stoi(quarter));
  }
  read_value_words(data);
  if (data.contains("categories")) {
    for (const auto& [name, subcategories] : data.at("categories").items()) {
      if (name == "about") continue;
      IndicatorCategory category{name, {}};
      for (const auto& subcategory : subcategories) {
        category.subcategories.push_back(subcategory.get<std::string>());
      }
      categories_.push_back(std::move(category));
    }
  }
}

const std::vector<IndicatorCategory>& Vocabulary::categories() const {
  return categories_;
}

// The words of indicator values; each section is optional so that a vocabulary made only for
// labels (as tests build) still loads.
void Vocabulary::read_value_words(const nlohmann::json& data) {
  if (data.contains("comparators")) {
    const VocabularyJson& comparators = data.at("comparators");
    read_comparators(comparators.at("before_number"), comparators_before_number_);
    read_comparators(comparators.at("after_number"), comparators_after_number_);
  }
  if (data.contains("units")) {
    for (const auto& [unit, spellings] : data.at("units").at("canonical").items()) {
      units_.add(unit, unit);
      add_words(spellings, unit, units_);
    }
  }
  if (data.contains("range_separators"))
    add_words(data.at("range_separators"), "-", range_separators_);
  if (data.contains("deadlines")) {
    for (const auto& [name, word] : date_word_names())
      add_words(data.at("deadlines").at(name), name, date_words_);
  }
  if (data.contains("qualitative")) {
    const VocabularyJson& qualitative = data.at("qualitative");
    add_words(qualitative.at("reference_starts"), "start", reference_starts_);
    for (const auto& end : qualitative.at("reference_ends"))
      reference_ends_.push_back(normalize_text(end.get<std::string>()));
  }
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary vocabulary(kVocabularyJson);
  return vocabulary;
}

std::optional<Label> Vocabulary::label_of(std::string_view text) const {
  if (text.size() > kLongestLabelBytes * 2) return std::nullopt;  // labels are short; skip prose
  // A filing repeats its labels and short values in every project, and both the flat and the form
  // readers ask about each; normalizing through ICU costs far more than remembering the answer.
  struct Memo {
    std::uint64_t serial = 0;
    std::unordered_map<std::string, std::optional<Label>> answers;
  };
  thread_local Memo memo;
  constexpr std::size_t kMemoEntries = 4096;
  if (memo.serial != serial_ || memo.answers.size() >= kMemoEntries) {
    memo.answers.clear();
    memo.serial = serial_;
  }
  auto [entry, inserted] = memo.answers.try_emplace(std::string(text));
  if (inserted) entry->second = look_up_label(text);
  return entry->second;
}

std::optional<Label> Vocabulary::look_up_label(std::string_view text) const {
  std::string key = label_key(text);
  if (!key.empty() && key.back() == ':') key.pop_back();
  auto found = labels_.find(key);
  if (found == labels_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string_view> Vocabulary::amount_unit_of(std::string_view text) const {
  std::string_view trimmed = trim(text);
  if (trimmed.size() > kLongestLabelBytes) return std::nullopt;
  std::string key = label_key(trimmed);
  for (const std::string& prefix : amount_unit_prefixes_) {
    if (key.size() <= prefix.size() || key.compare(0, prefix.size(), prefix) != 0) continue;
    // The unit is what follows the first colon of the source text (full- or half-width).
    size_t colon = trimmed.find("：");
    size_t skip = 3;
    if (colon == std::string_view::npos) {
      colon = trimmed.find(':');
      skip = 1;
    }
    if (colon == std::string_view::npos) return std::nullopt;
    std::string_view unit = trim(trimmed.substr(colon + skip));
    if (unit.empty()) return std::nullopt;
    return unit;
  }
  return std::nullopt;
}

std::optional<int> Vocabulary::quarter_word(std::string_view key) const {
  auto found = quarter_words_.find(std::string(key));
  if (found == quarter_words_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string_view> Vocabulary::comparator_of(std::string_view word) const {
  std::string key = normalize_text(word);
  if (auto before = comparators_before_number_.find(key)) return before;
  return comparators_after_number_.find(key);
}

std::optional<std::string_view> Vocabulary::canonical_unit(std::string_view word) const {
  return units_.find(normalize_text(word));
}

std::optional<PhraseMatch> Vocabulary::comparator_before_number_at(std::string_view text) const {
  return comparators_before_number_.match_start(text);
}

std::optional<PhraseMatch> Vocabulary::comparator_after_number_at(std::string_view text) const {
  return comparators_after_number_.match_start(text);
}

std::optional<PhraseMatch> Vocabulary::unit_at(std::string_view text) const {
  return units_.match_start(text);
}

std::optional<size_t> Vocabulary::range_separator_at(std::string_view text) const {
  auto match = range_separators_.match_start(text);
  if (!match) return std::nullopt;
  return match->length;
}

std::optional<DateWordMatch> Vocabulary::date_word_at(std::string_view text) const {
  auto match = date_words_.match_start(text);
  if (!match) return std::nullopt;
  for (const auto& [name, word] : date_word_names()) {
    if (match->meaning == name) return DateWordMatch{word, match->length};
  }
  return std::nullopt;
}

bool Vocabulary::is_reference(std::string_view text) const {
  auto start = reference_starts_.match_start(text);
  if (!start) return false;
  for (const std::string& end : reference_ends_) {
    if (text.size() > start->length + end.size() && text.ends_with(end)) return true;
  }
  return false;
}

}  // namespace kpiconv
