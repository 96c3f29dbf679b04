#include "converter/validate/validator.h"

#include "converter/validate/finding_reporter.h"

namespace kpiconv {

ProjectValidator::ProjectValidator(Language language) : language_(language) {}

void ProjectValidator::start_filing(const std::string& path, std::vector<Finding>& findings) {
  ++filing_;
  path_ = path;
  findings_ = &findings;
}

void ProjectValidator::check(const Project& project) {
  FindingReporter reporter(language_, *findings_);
  check_identity(project, reporter);
  if (!project.code.text.empty()) {
    // Where the first use of a code is: its cell, and its file when that is another one.
    std::string place =
        project.code.where.empty() ? project.name.text : project.code.where.to_string();
    auto [use, inserted] = first_use_.emplace(project.code.text, CodeUse{filing_, path_, place});
    if (!inserted) {
      const CodeUse& other = use->second;
      reporter.report(
          "duplicate-code", project, project.code.where, 0,
          {{"code", project.code.text},
           {"other", other.filing != filing_ ? other.path + " " + other.place : other.place}});
    }
  }
  check_budget(project, reporter);
  check_spending_plan(project, reporter);
  check_categories(project, reporter);
  check_values(project, reporter);
}

std::vector<Finding> validate_filing(const Filing& filing, Language language) {
  return validate_batch({&filing}, language).front();
}

std::vector<std::vector<Finding>> validate_batch(const std::vector<const Filing*>& filings,
                                                 Language language) {
  std::vector<std::vector<Finding>> findings(filings.size());
  ProjectValidator validator(language);
  for (size_t f = 0; f < filings.size(); ++f) {
    validator.start_filing(filings[f]->source.path, findings[f]);
    for (const Project& project : filings[f]->projects) validator.check(project);
  }
  return findings;
}

size_t count_errors(const std::vector<Finding>& findings) {
  size_t errors = 0;
  for (const Finding& finding : findings) errors += finding.severity == Severity::kError ? 1 : 0;
  return errors;
}

}  // namespace kpiconv
