#include "converter/validate/validator.h"

#include <map>

#include "converter/validate/finding_reporter.h"

namespace kpiconv {
namespace {

struct CodeUse {
  size_t filing;
  const Project* project;
};

// Where the first use of a code is: its cell, and its file when that is another one.
std::string place_of(const Filing& filing, const Project& project, bool other_file) {
  std::string place = other_file ? filing.source.path + " " : "";
  return place + (project.code.where.empty() ? project.name.text : project.code.where.to_string());
}

}  // namespace

std::vector<Finding> validate_filing(const Filing& filing, Language language) {
  return validate_batch({&filing}, language).front();
}

std::vector<std::vector<Finding>> validate_batch(const std::vector<const Filing*>& filings,
                                                 Language language) {
  std::vector<std::vector<Finding>> findings(filings.size());
  std::map<std::string, CodeUse> first_use;
  for (size_t f = 0; f < filings.size(); ++f) {
    FindingReporter reporter(language, findings[f]);
    const Filing& filing = *filings[f];
    for (size_t p = 0; p < filing.projects.size(); ++p) {
      const Project& project = filing.projects[p];
      check_identity(project, reporter);
      if (!project.code.text.empty()) {
        auto [use, inserted] = first_use.emplace(project.code.text, CodeUse{f, &project});
        if (!inserted) {
          const Filing& other = *filings[use->second.filing];
          reporter.report(
              "duplicate-code", project, project.code.where, 0,
              {{"code", project.code.text},
               {"other", place_of(other, *use->second.project, use->second.filing != f)}});
        }
      }
      check_budget(project, reporter);
      check_spending_plan(project, reporter);
      check_categories(project, reporter);
      check_values(project, reporter);
    }
  }
  return findings;
}

size_t count_errors(const std::vector<Finding>& findings) {
  size_t errors = 0;
  for (const Finding& finding : findings) errors += finding.severity == Severity::kError ? 1 : 0;
  return errors;
}

}  // namespace kpiconv
