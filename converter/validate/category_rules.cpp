// level1-unknown, level2-mismatch, required-categories.
#include <algorithm>

#include "converter/normalize/vocabulary.h"
#include "converter/validate/category_names.h"
#include "converter/validate/finding_reporter.h"

namespace kpiconv {
namespace {

const IndicatorCategory* category_named(std::string_view level1) {
  std::string key = category_key(level1);
  for (const IndicatorCategory& category : Vocabulary::builtin().categories()) {
    if (category_key(category.name) == key) return &category;
  }
  return nullptr;
}

bool belongs(const IndicatorCategory& category, std::string_view level2) {
  std::string key = category_key(level2);
  return std::any_of(category.subcategories.begin(), category.subcategories.end(),
                     [&](const std::string& name) { return category_key(name) == key; });
}

std::string joined(const std::vector<std::string>& names, std::string_view separator) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : std::string(separator)) + name;
  return text;
}

}  // namespace

void check_categories(const Project& project, FindingReporter& reporter) {
  bool has_output = false;
  bool has_benefit = false;
  bool has_satisfaction = false;
  for (size_t i = 0; i < project.indicators.size(); ++i) {
    const Indicator& indicator = project.indicators[i];
    const int position = static_cast<int>(i) + 1;
    const IndicatorCategory* category = category_named(indicator.level1.text);
    if (category == nullptr) {
      reporter.report("level1-unknown", project, indicator.level1.where, position,
                      {{"level1", indicator.level1.text}});
      continue;
    }
    std::string key = category_key(category->name);
    has_output = has_output || key == "产出";
    has_benefit = has_benefit || key == "效益";
    has_satisfaction = has_satisfaction || key == "满意度";
    if (!belongs(*category, indicator.level2.text)) {
      reporter.report("level2-mismatch", project, indicator.level2.where, position,
                      {{"level1", indicator.level1.text},
                       {"level2", indicator.level2.text},
                       {"allowed", joined(category->subcategories, "、")}});
    }
  }
  std::vector<std::string> missing;
  bool english = reporter.language() == Language::kEnglish;
  if (!has_output) missing.push_back(english ? "产出指标 (output)" : "产出指标");
  if (!has_benefit) missing.push_back(english ? "效益指标 (benefit)" : "效益指标");
  if (!has_satisfaction) missing.push_back(english ? "满意度指标 (satisfaction)" : "满意度指标");
  if (!missing.empty()) {
    reporter.report("required-categories", project, project.where, 0,
                    {{"missing", joined(missing, english ? ", " : "、")}});
  }
}

}  // namespace kpiconv
