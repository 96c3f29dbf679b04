#include "converter/convert_steps.h"

#include <iterator>
#include <utility>

#include "converter/values/money_amount_unit.h"

namespace kpiconv {
namespace {

constexpr std::string_view kNotANumber = "budget-not-a-number";

// Which figure of which project a finding is about.
std::string figure_key(const Finding& finding) {
  return finding.project_code + '\n' + finding.where.to_string();
}

}  // namespace

ProjectSteps::ProjectSteps(const ConvertSteps& steps, const std::string& source_path)
    : steps_(steps), validator_(steps.language) {
  if (!steps_.amount_unit.empty()) check_amount_unit(steps_.amount_unit);
  validator_.start_filing(source_path, validator_findings_);
}

void ProjectSteps::apply(Project& project) {
  if (!steps_.amount_unit.empty() &&
      !express_project_amounts_in(project, steps_.amount_unit, steps_.language, amount_findings_)) {
    for (Finding& finding :
         unconverted_amount_findings(project, steps_.amount_unit, steps_.language)) {
      unconverted_figures_.insert(figure_key(finding));
      amount_findings_.push_back(std::move(finding));
    }
    for (const Finding& finding :
         unconverted_amount_findings(project, steps_.amount_unit, Language::kEnglish)) {
      warnings_.push_back("project " + finding.project_code + ": " + finding.message + " (" +
                          finding.where.to_string() + ")");
    }
  }
  if (steps_.validate) validator_.check(project);
}

void ProjectSteps::add_findings_to(Filing& filing) {
  if (!unconverted_figures_.empty()) {
    auto said_as_an_error = [&](const Finding& finding) {
      return finding.rule == kNotANumber && finding.severity != Severity::kError &&
             unconverted_figures_.contains(figure_key(finding));
    };
    std::erase_if(filing.findings, said_as_an_error);
    std::erase_if(validator_findings_, said_as_an_error);
    unconverted_figures_.clear();
  }
  for (std::vector<Finding>* findings : {&amount_findings_, &validator_findings_}) {
    filing.findings.insert(filing.findings.end(), std::make_move_iterator(findings->begin()),
                           std::make_move_iterator(findings->end()));
    findings->clear();
  }
}

std::vector<std::string> ProjectSteps::take_warnings() {
  return std::exchange(warnings_, {});
}

std::vector<std::string> apply_steps(Filing& filing, const ConvertSteps& steps) {
  ProjectSteps project_steps(steps, filing.source.path);
  for (Project& project : filing.projects) project_steps.apply(project);
  project_steps.add_findings_to(filing);
  return project_steps.take_warnings();
}

}  // namespace kpiconv
