// What `kpiconv convert` does to a filing between reading and writing, a project at a time so it
// works on a filing streamed from reader to writer as well as on one held whole.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "converter/model/filing.h"
#include "converter/model/language.h"
#include "converter/validate/validator.h"

namespace kpiconv {

struct ConvertSteps {
  std::string amount_unit;  // every amount expressed in this unit (元|万元); "" leaves them
  bool validate = false;    // the validator's findings added to the filing's
  Language language = Language::kChinese;
};

class ProjectSteps {
 public:
  // Throws Error(kUsage) for an unknown amount unit.
  ProjectSteps(const ConvertSteps& steps, const std::string& source_path);
  void apply(Project& project);
  // The steps' findings after the filing's own: the amounts' notes, then the validator's, as
  // they would be for the whole filing. A project left in its unit has budget-not-a-number as an
  // error, which stands for the validator's warning on the same figure (also one in `filing`).
  void add_findings_to(Filing& filing);
  // For standard error, in English: a line per budget figure that kept its project from being
  // converted to the amount unit (the findings say so too, but not every output holds findings).
  std::vector<std::string> take_warnings();

 private:
  ConvertSteps steps_;
  ProjectValidator validator_;
  std::vector<Finding> amount_findings_;
  std::vector<Finding> validator_findings_;
  std::set<std::string> unconverted_figures_;  // figure_key of each such error
  std::vector<std::string> warnings_;
};

// The steps applied to a whole filing; what ProjectSteps::take_warnings gives.
std::vector<std::string> apply_steps(Filing& filing, const ConvertSteps& steps);

}  // namespace kpiconv
