#include "converter/validate/finding_reporter.h"

namespace kpiconv {

void FindingReporter::report(std::string_view rule, const Project& project, const Provenance& where,
                             int indicator, const MessageArguments& arguments) {
  const RuleInfo& info = rule_info(rule);
  Finding finding;
  finding.rule = info.id;
  finding.severity = info.severity;
  finding.message = rule_message(info, language_, arguments);
  finding.project_code = project.code.text;
  finding.where = where.empty() ? project.where : where;
  finding.indicator = indicator;
  findings_.push_back(std::move(finding));
}

}  // namespace kpiconv
