#include "formats/json/filing_json.h"

#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

using Json = nlohmann::ordered_json;

// Unknown columns of a flat input, present only when there were some.
void add_extras(Json& json, const std::vector<ExtraField>& extras) {
  if (extras.empty()) return;
  Json extra = Json::object();
  for (const ExtraField& field : extras) extra[field.heading] = field.field.text;
  json["extra"] = std::move(extra);
}

Json indicator_json(const Indicator& indicator) {
  Json json{{"level1", indicator.level1.text}, {"level2", indicator.level2.text},
            {"level3", indicator.level3.text}, {"description", indicator.description.text},
            {"value", indicator.value.text},   {"basis", indicator.basis.text}};
  const ParsedValue& parsed = indicator.parsed;
  Json parse{{"kind", to_string(parsed.kind)},
             {"comparator", parsed.comparator},
             {"number", parsed.number},
             {"unit", parsed.unit},
             {"note", parsed.note}};
  if (parsed.kind == ValueKind::kRange) parse["upper"] = parsed.upper;
  if (parsed.kind == ValueKind::kDeadline) parse["date"] = parsed.date;
  json["parsed"] = std::move(parse);
  add_extras(json, indicator.extras);
  return json;
}

}  // namespace

Json project_to_json(const Project& project) {
  Json spending_plan = Json::array();
  for (const Field& quarter : project.spending_plan) spending_plan.push_back(quarter.text);
  Json indicators = Json::array();
  for (const Indicator& indicator : project.indicators)
    indicators.push_back(indicator_json(indicator));
  Json json{{"title", project.title.text},
            {"unit_code", project.unit_code.text},
            {"unit_name", project.unit_name.text},
            {"amount_unit", project.amount_unit.text},
            {"code", project.code.text},
            {"name", project.name.text},
            {"budget", Json{{"total", project.budget.total.text},
                            {"fiscal", project.budget.fiscal.text},
                            {"other", project.budget.other.text}}},
            {"purpose", project.purpose.text},
            {"spending_plan", std::move(spending_plan)},
            {"goals", project.goals.text},
            {"indicators", std::move(indicators)}};
  add_extras(json, project.extras);
  return json;
}

namespace {

Json cell_json(const Cell& cell) {
  Json json{{"text", std::string(trim(cell.text))},
            {"row_span", cell.row_span},
            {"col_span", cell.col_span}};
  if (!cell.nested.empty()) {
    Json nested = Json::array();
    for (const Table& table : cell.nested) {
      Json rows = Json::array();
      for (int r = 0; r < table.rows; ++r) rows.push_back(Json::array());
      for (const Cell& inner : table.cells)
        rows[static_cast<size_t>(inner.row)].push_back(cell_json(inner));
      nested.push_back(Json{{"rows", std::move(rows)}});
    }
    json["tables"] = std::move(nested);
  }
  return json;
}

Json table_json(const GenericTable& table) {
  Json rows = Json::array();
  for (int r = 0; r < table.grid.rows; ++r) rows.push_back(Json::array());
  // `cells` is in row-major order of their top-left corners, which is the order HTML lists them in.
  for (const Cell& cell : table.grid.cells) {
    rows[static_cast<size_t>(cell.row)].push_back(cell_json(cell));
  }
  return Json{{"title", table.title}, {"rows", std::move(rows)}};
}

}  // namespace

nlohmann::ordered_json finding_to_json(const Finding& finding) {
  nlohmann::ordered_json json{{"rule", finding.rule},
                              {"severity", to_string(finding.severity)},
                              {"message", finding.message},
                              {"project", finding.project_code},
                              {"place", finding.where.to_string()}};
  if (finding.indicator > 0) json["indicator"] = finding.indicator;
  return json;
}

nlohmann::ordered_json filing_to_json(const Filing& filing, bool with_projects) {
  Json projects = Json::array();
  if (with_projects) {
    for (const Project& project : filing.projects) projects.push_back(project_to_json(project));
  }
  Json tables = Json::array();
  for (const GenericTable& table : filing.tables) tables.push_back(table_json(table));
  Json findings = Json::array();
  for (const Finding& finding : filing.findings) findings.push_back(finding_to_json(finding));
  return Json{{"schema", kFilingSchema},
              {"source", Json{{"path", filing.source.path}, {"format", filing.source.format}}},
              {"title", filing.title},
              {"projects", std::move(projects)},
              {"tables", std::move(tables)},
              {"findings", std::move(findings)}};
}

}  // namespace kpiconv
