// `kpiconv validate`: the mistakes a reviewer at the finance bureau would point out before a
// filing goes to the province. Each rule is data (rules.json) with a check in one of the
// *_rules.cpp files, and is described with an example in RULES.md.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "converter/model/filing.h"
#include "converter/validate/rule_catalog.h"

namespace kpiconv {

// The findings of every rule for one filing, in project order.
std::vector<Finding> validate_filing(const Filing& filing, Language language = Language::kChinese);

// Findings across a batch: project codes used by more than one filing. Each finding belongs to
// the filing at the same position of the result.
std::vector<std::vector<Finding>> validate_batch(const std::vector<const Filing*>& filings,
                                                 Language language = Language::kChinese);

// The same rules a project at a time, as a filing is read: memory keeps each project code's first
// use, not the projects.
class ProjectValidator {
 public:
  explicit ProjectValidator(Language language);
  // The projects that follow are a filing's read from `path`; their findings go to `findings`,
  // in project order. A code shared with an earlier filing is reported with that filing's path.
  void start_filing(const std::string& path, std::vector<Finding>& findings);
  void check(const Project& project);  // after start_filing

 private:
  struct CodeUse {
    size_t filing;
    std::string path;
    std::string place;
  };
  Language language_;
  std::vector<Finding>* findings_ = nullptr;
  size_t filing_ = 0;
  std::string path_;
  std::map<std::string, CodeUse> first_use_;
};

size_t count_errors(const std::vector<Finding>& findings);

// What `--amount-unit` reports for a project it left in its own unit because a budget figure is no
// amount (express_project_amounts_in said false): budget-not-a-number for each such figure, as an
// error (the figures are in another unit than the output's), its message saying so.
std::vector<Finding> unconverted_amount_findings(const Project& project, std::string_view unit,
                                                 Language language);

}  // namespace kpiconv
