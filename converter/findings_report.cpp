#include "converter/findings_report.h"

namespace kpiconv {
namespace {

const char* severity_name(Severity severity, Language language) {
  const bool english = language == Language::kEnglish;
  switch (severity) {
    case Severity::kError:
      return english ? "error" : "错误";
    case Severity::kWarning:
      return english ? "warning" : "警告";
    case Severity::kInfo:
      return english ? "note" : "提示";
  }
  return "";
}

}  // namespace

void write_finding_line(const Finding& finding, Language language, std::ostream& out) {
  const bool english = language == Language::kEnglish;
  out << severity_name(finding.severity, language) << " [" << finding.rule << "]";
  std::string subject = finding.project_code;
  if (finding.indicator > 0) {
    subject += english ? " indicator " + std::to_string(finding.indicator)
                       : " 第" + std::to_string(finding.indicator) + "个指标";
  }
  if (!subject.empty()) out << ' ' << subject << (english ? ":" : "：");
  out << (english || subject.empty() ? " " : "") << finding.message;
  if (!finding.where.empty()) {
    out << (english ? " (" : "（") << finding.where.to_string() << (english ? ")" : "）");
  }
  out << '\n';
}

std::string findings_summary(const std::vector<Finding>& findings, Language language) {
  size_t counts[3] = {0, 0, 0};
  for (const Finding& finding : findings) ++counts[static_cast<int>(finding.severity)];
  if (language == Language::kEnglish) {
    return std::to_string(counts[0]) + " errors, " + std::to_string(counts[1]) + " warnings, " +
           std::to_string(counts[2]) + " notes";
  }
  return std::to_string(counts[0]) + " 个错误，" + std::to_string(counts[1]) + " 个警告，" +
         std::to_string(counts[2]) + " 个提示";
}

}  // namespace kpiconv
