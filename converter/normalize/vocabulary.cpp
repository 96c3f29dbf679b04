#include "converter/normalize/vocabulary.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "converter/normalize/normalizer.h"

namespace kpiconv {

extern const std::string_view kVocabularyJson;

namespace {

const std::unordered_map<std::string_view, Label>& label_names() {
  static const std::unordered_map<std::string_view, Label> names = {
      {"unit_code", Label::kUnitCode},
      {"unit_name", Label::kUnitName},
      {"amount_unit", Label::kAmountUnit},
      {"project_title", Label::kProjectTitle},
      {"project_number", Label::kProjectNumber},
      {"indicator_count", Label::kIndicatorCount},
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

}  // namespace

Vocabulary::Vocabulary(std::string_view json_text) {
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
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary vocabulary(kVocabularyJson);
  return vocabulary;
}

std::optional<Label> Vocabulary::label_of(std::string_view text) const {
  if (text.size() > kLongestLabelBytes * 2) return std::nullopt;  // labels are short; skip prose
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

}  // namespace kpiconv
