// The validator's rules as data (converter/validate/rules.json, compiled in): each rule's id,
// severity and message in Chinese and English, with {placeholders} a check fills.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "converter/model/filing.h"
#include "converter/model/language.h"

namespace kpiconv {

struct RuleInfo {
  std::string id;
  Severity severity = Severity::kWarning;
  std::string chinese;
  std::string english;
};

using MessageArguments = std::vector<std::pair<std::string_view, std::string>>;

const std::vector<RuleInfo>& rule_catalog();
// The rule with `id`; throws std::logic_error for an unknown id (a bug in a check).
const RuleInfo& rule_info(std::string_view id);
// The rule's message in `language` with its placeholders filled.
std::string rule_message(const RuleInfo& rule, Language language,
                         const MessageArguments& arguments);

}  // namespace kpiconv
