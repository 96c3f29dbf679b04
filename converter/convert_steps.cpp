#include "converter/convert_steps.h"

#include "converter/values/money_amount_unit.h"

namespace kpiconv {

ProjectSteps::ProjectSteps(const ConvertSteps& steps, const std::string& source_path)
    : steps_(steps), validator_(steps.language) {
  if (!steps_.amount_unit.empty()) check_amount_unit(steps_.amount_unit);
  validator_.start_filing(source_path, validator_findings_);
}

void ProjectSteps::apply(Project& project) {
  if (!steps_.amount_unit.empty()) {
    express_project_amounts_in(project, steps_.amount_unit, steps_.language, amount_findings_);
  }
  if (steps_.validate) validator_.check(project);
}

void ProjectSteps::add_findings_to(Filing& filing) {
  for (std::vector<Finding>* findings : {&amount_findings_, &validator_findings_}) {
    filing.findings.insert(filing.findings.end(), std::make_move_iterator(findings->begin()),
                           std::make_move_iterator(findings->end()));
    findings->clear();
  }
}

void apply_steps(Filing& filing, const ConvertSteps& steps) {
  ProjectSteps project_steps(steps, filing.source.path);
  for (Project& project : filing.projects) project_steps.apply(project);
  project_steps.add_findings_to(filing);
}

}  // namespace kpiconv
