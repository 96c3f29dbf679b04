// What `kpiconv convert` does to a filing between reading and writing, a project at a time so it
// works on a filing streamed from reader to writer as well as on one held whole.
#pragma once

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
  // they would be for the whole filing.
  void add_findings_to(Filing& filing);

 private:
  ConvertSteps steps_;
  ProjectValidator validator_;
  std::vector<Finding> amount_findings_;
  std::vector<Finding> validator_findings_;
};

// The steps applied to a whole filing.
void apply_steps(Filing& filing, const ConvertSteps& steps);

}  // namespace kpiconv
