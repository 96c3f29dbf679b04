// What the checks use to report: the rule's severity and message come from the catalog, the
// place from the cell the finding is about.
#pragma once

#include <string_view>
#include <vector>

#include "converter/model/filing.h"
#include "converter/validate/rule_catalog.h"

namespace kpiconv {

class FindingReporter {
 public:
  FindingReporter(Language language, std::vector<Finding>& findings)
      : language_(language), findings_(findings) {}

  // `indicator` is the 1-based position of the indicator the finding is about, 0 for the project.
  void report(std::string_view rule, const Project& project, const Provenance& where, int indicator,
              const MessageArguments& arguments);
  Language language() const { return language_; }

 private:
  Language language_;
  std::vector<Finding>& findings_;
};

// The checks, one family per file.
void check_budget(const Project& project, FindingReporter& reporter);
void check_spending_plan(const Project& project, FindingReporter& reporter);
void check_categories(const Project& project, FindingReporter& reporter);
void check_values(const Project& project, FindingReporter& reporter);
void check_identity(const Project& project, FindingReporter& reporter);

}  // namespace kpiconv
