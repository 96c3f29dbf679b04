#include "converter/diff/filing_match.h"

#include <map>
#include <optional>

#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

// Keys made unique by their occurrence: the second "产出指标|数量指标|次数" is "…#2".
std::vector<std::string> with_occurrences(std::vector<std::string> keys) {
  std::map<std::string, int> seen;
  for (std::string& key : keys) key += "#" + std::to_string(++seen[key]);
  return keys;
}

// Pairs equal keys; an empty key (std::nullopt) matches nothing.
void pair_by_key(const std::vector<std::optional<std::string>>& before,
                 const std::vector<std::optional<std::string>>& after,
                 std::vector<int>& partner_of_before, std::vector<int>& partner_of_after) {
  std::vector<std::string> before_keys;
  std::vector<std::string> after_keys;
  std::vector<int> before_index;
  std::vector<int> after_index;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] && partner_of_before[i] < 0) {
      before_keys.push_back(*before[i]);
      before_index.push_back(static_cast<int>(i));
    }
  }
  for (size_t i = 0; i < after.size(); ++i) {
    if (after[i] && partner_of_after[i] < 0) {
      after_keys.push_back(*after[i]);
      after_index.push_back(static_cast<int>(i));
    }
  }
  before_keys = with_occurrences(std::move(before_keys));
  after_keys = with_occurrences(std::move(after_keys));
  std::map<std::string, int> after_by_key;
  for (size_t i = 0; i < after_keys.size(); ++i) after_by_key[after_keys[i]] = after_index[i];
  for (size_t i = 0; i < before_keys.size(); ++i) {
    auto found = after_by_key.find(before_keys[i]);
    if (found == after_by_key.end()) continue;
    partner_of_before[before_index[i]] = found->second;
    partner_of_after[found->second] = before_index[i];
  }
}

// The pairs in `after` order, each unmatched `before` item placed before the first later match.
// Where an item was replaced, the removal comes before the addition (as in a unified diff).
std::vector<MatchedPair> in_reading_order(const std::vector<int>& partner_of_before,
                                          const std::vector<int>& partner_of_after,
                                          const std::vector<bool>& renamed_after) {
  std::vector<MatchedPair> pairs;
  int next_before = 0;
  auto removals_up_to = [&](int end) {
    for (; next_before < end; ++next_before) {
      if (partner_of_before[next_before] < 0) pairs.push_back({next_before, -1, false});
    }
  };
  // For each `after` item, the `before` index of the first match at or after it.
  std::vector<int> next_match(partner_of_after.size() + 1,
                              static_cast<int>(partner_of_before.size()));
  for (size_t i = partner_of_after.size(); i-- > 0;) {
    next_match[i] = partner_of_after[i] >= 0 ? partner_of_after[i] : next_match[i + 1];
  }
  for (size_t i = 0; i < partner_of_after.size(); ++i) {
    int before = partner_of_after[i];
    if (before >= 0) {
      removals_up_to(before + 1);
    } else {
      removals_up_to(next_match[i]);
    }
    pairs.push_back({before, static_cast<int>(i), renamed_after[i]});
  }
  removals_up_to(static_cast<int>(partner_of_before.size()));
  return pairs;
}

std::optional<std::string> key_of(const std::string& kind, const std::string& text) {
  std::string key = label_key(text);
  if (key.empty()) return std::nullopt;
  return kind + ":" + key;
}

std::optional<std::string> project_key(const Project& project) {
  if (auto key = key_of("code", project.code.text)) return key;
  if (auto key = key_of("name", project.name.text)) return key;
  return key_of("title", project.title.text);
}

std::string path_key(const Indicator& indicator) {
  return label_key(indicator.level1.text) + "|" + label_key(indicator.level2.text) + "|" +
         label_key(indicator.level3.text);
}

std::optional<std::string> description_key(const Indicator& indicator) {
  std::string description = label_key(indicator.description.text);
  if (description.empty()) return std::nullopt;
  return label_key(indicator.level1.text) + "|" + label_key(indicator.level2.text) + "|" +
         description;
}

}  // namespace

std::string project_identity(const Project& project) {
  if (!project.code.text.empty()) return project.code.text;
  if (!project.name.text.empty()) return project.name.text;
  return project.title.text;
}

std::vector<MatchedPair> match_projects(const std::vector<Project>& before,
                                        const std::vector<Project>& after) {
  std::vector<std::optional<std::string>> before_keys;
  std::vector<std::optional<std::string>> after_keys;
  for (const Project& project : before) before_keys.push_back(project_key(project));
  for (const Project& project : after) after_keys.push_back(project_key(project));
  std::vector<int> partner_of_before(before.size(), -1);
  std::vector<int> partner_of_after(after.size(), -1);
  pair_by_key(before_keys, after_keys, partner_of_before, partner_of_after);
  return in_reading_order(partner_of_before, partner_of_after,
                          std::vector<bool>(after.size(), false));
}

std::vector<MatchedPair> match_indicators(const std::vector<Indicator>& before,
                                          const std::vector<Indicator>& after) {
  std::vector<std::optional<std::string>> before_keys;
  std::vector<std::optional<std::string>> after_keys;
  for (const Indicator& indicator : before) before_keys.push_back(path_key(indicator));
  for (const Indicator& indicator : after) after_keys.push_back(path_key(indicator));
  std::vector<int> partner_of_before(before.size(), -1);
  std::vector<int> partner_of_after(after.size(), -1);
  pair_by_key(before_keys, after_keys, partner_of_before, partner_of_after);

  // What is left on both sides: the same description under the same 一级/二级 is a rename.
  std::vector<int> unmatched_after_before = partner_of_after;
  before_keys.clear();
  after_keys.clear();
  for (const Indicator& indicator : before) before_keys.push_back(description_key(indicator));
  for (const Indicator& indicator : after) after_keys.push_back(description_key(indicator));
  pair_by_key(before_keys, after_keys, partner_of_before, partner_of_after);
  std::vector<bool> renamed(after.size(), false);
  for (size_t i = 0; i < after.size(); ++i) {
    renamed[i] = unmatched_after_before[i] < 0 && partner_of_after[i] >= 0;
  }
  return in_reading_order(partner_of_before, partner_of_after, renamed);
}

std::vector<MatchedPair> match_tables(const std::vector<GenericTable>& before,
                                      const std::vector<GenericTable>& after) {
  // Every table has a key, an untitled one too: untitled tables pair by occurrence.
  std::vector<std::optional<std::string>> before_keys;
  std::vector<std::optional<std::string>> after_keys;
  for (const GenericTable& table : before) before_keys.push_back("title:" + label_key(table.title));
  for (const GenericTable& table : after) after_keys.push_back("title:" + label_key(table.title));
  std::vector<int> partner_of_before(before.size(), -1);
  std::vector<int> partner_of_after(after.size(), -1);
  pair_by_key(before_keys, after_keys, partner_of_before, partner_of_after);
  return in_reading_order(partner_of_before, partner_of_after,
                          std::vector<bool>(after.size(), false));
}

}  // namespace kpiconv
