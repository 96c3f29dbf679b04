#include "converter/inspect.h"

namespace kpiconv {
namespace {

std::string or_dash(const std::string& text) {
  return text.empty() ? "-" : text;
}

}  // namespace

void write_inspect_summary(const Filing& filing, std::ostream& out) {
  out << "Filing: " << or_dash(filing.title) << '\n';
  out << "Source: " << filing.source.path << " (" << filing.source.format << ")\n";

  out << "Projects: " << filing.projects.size() << '\n';
  size_t number = 0;
  for (const Project& project : filing.projects) {
    out << "  " << ++number << ". " << or_dash(project.code.text) << "  "
        << or_dash(project.name.text) << "  budget " << or_dash(project.budget.total.text);
    if (!project.amount_unit.text.empty()) out << ' ' << project.amount_unit.text;
    out << "  indicators " << project.indicators.size() << '\n';
  }

  out << "Other tables: " << filing.tables.size() << '\n';
  number = 0;
  for (const GenericTable& table : filing.tables) {
    out << "  " << ++number << ". " << or_dash(table.title) << "  " << table.grid.rows << " rows x "
        << table.grid.cols << " columns\n";
  }

  out << "Warnings: " << filing.findings.size() << '\n';
  for (const Finding& finding : filing.findings) {
    out << "  " << to_string(finding.severity) << " [" << finding.rule << "] ";
    if (!finding.project_code.empty()) out << finding.project_code << ": ";
    out << finding.message;
    if (!finding.where.empty()) out << " (" << finding.where.to_string() << ')';
    out << '\n';
  }
}

}  // namespace kpiconv
