#include "converter/validate/rule_catalog.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace kpiconv {

extern const std::string_view kValidationRulesJson;

namespace {

Severity severity_named(const std::string& name) {
  if (name == "error") return Severity::kError;
  if (name == "warning") return Severity::kWarning;
  if (name == "info") return Severity::kInfo;
  throw std::runtime_error("rules.json: unknown severity " + name);
}

}  // namespace

const std::vector<RuleInfo>& rule_catalog() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> loaded;
    nlohmann::json data = nlohmann::json::parse(kValidationRulesJson);
    for (const auto& rule : data.at("rules")) {
      loaded.push_back({rule.at("id").get<std::string>(),
                        severity_named(rule.at("severity").get<std::string>()),
                        rule.at("zh").get<std::string>(), rule.at("en").get<std::string>()});
    }
    return loaded;
  }();
  return rules;
}

const RuleInfo& rule_info(std::string_view id) {
  for (const RuleInfo& rule : rule_catalog()) {
    if (rule.id == id) return rule;
  }
  throw std::logic_error("no validation rule " + std::string(id));
}

std::string rule_message(const RuleInfo& rule, Language language,
                         const MessageArguments& arguments) {
  std::string message = language == Language::kEnglish ? rule.english : rule.chinese;
  for (const auto& [name, value] : arguments) {
    std::string placeholder = "{" + std::string(name) + "}";
    for (size_t at = message.find(placeholder); at != std::string::npos;
         at = message.find(placeholder, at + value.size())) {
      message.replace(at, placeholder.size(), value);
    }
  }
  return message;
}

}  // namespace kpiconv
