#include "converter/inspect.h"

#include "converter/findings_report.h"

namespace kpiconv {
namespace {

std::string or_dash(const std::string& text) {
  return text.empty() ? "-" : text;
}

}  // namespace

void write_inspect_summary(const Filing& filing, Language language, std::ostream& out) {
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

  out << "Findings: " << findings_summary(filing.findings, language) << '\n';
  for (const Finding& finding : filing.findings) {
    out << "  ";
    write_finding_line(finding, language, out);
  }
}

}  // namespace kpiconv
