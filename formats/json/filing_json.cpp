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

Json rows_json(const Table& table);

Json cell_json(const Table& table, std::size_t index) {
  const Cell& cell = table.cells[index];
  Json json{{"text", std::string(trim(cell.text))},
            {"row_span", cell.row_span},
            {"col_span", cell.col_span}};
  std::vector<const Table*> nested = table.nested_in(index);
  if (!nested.empty()) {
    Json tables = Json::array();
    for (const Table* inner : nested) tables.push_back(Json{{"rows", rows_json(*inner)}});
    json["tables"] = std::move(tables);
  }
  return json;
}

// `cells` is in row-major order of their top-left corners, which is the order HTML lists them in.
Json rows_json(const Table& table) {
  Json rows = Json::array();
  for (int r = 0; r < table.rows; ++r) rows.push_back(Json::array());
  for (std::size_t i = 0; i < table.cells.size(); ++i) {
    rows[static_cast<size_t>(table.cells[i].row)].push_back(cell_json(table, i));
  }
  return rows;
}

Json table_json(const GenericTable& table) {
  return Json{{"title", table.title}, {"rows", rows_json(table.grid)}};
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

std::string indented_json(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

void write_table_json(const GenericTable& table, const std::function<void(std::string_view)>& out) {
  // nlohmann's layout at an indent of 2: a cell is an element of its row, the row of "rows".
  auto put_indented = [&](const std::string& text, std::string_view indent) {
    std::size_t start = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', start)) {
      out(std::string_view(text).substr(start, at + 1 - start));
      out(indent);
      start = at + 1;
    }
    out(std::string_view(text).substr(start));
  };
  out("{\n  \"title\": ");
  out(indented_json(Json(table.title)));
  out(",\n  \"rows\": ");
  const Table& grid = table.grid;
  if (grid.rows == 0) {
    out("[]\n}");
    return;
  }
  out("[");
  std::size_t next = 0;
  for (int r = 0; r < grid.rows; ++r) {
    out(r == 0 ? "\n    " : ",\n    ");
    if (next >= grid.cells.size() || grid.cells[next].row != r) {
      out("[]");
      continue;
    }
    out("[");
    for (bool first = true; next < grid.cells.size() && grid.cells[next].row == r; ++next) {
      out(first ? "\n      " : ",\n      ");
      first = false;
      put_indented(indented_json(cell_json(grid, next)), "      ");
    }
    out("\n    ]");
  }
  out("\n  ]\n}");
}

nlohmann::ordered_json filing_to_json(const Filing& filing, bool with_projects, bool with_tables) {
  Json projects = Json::array();
  if (with_projects) {
    for (const Project& project : filing.projects) projects.push_back(project_to_json(project));
  }
  Json tables = Json::array();
  if (with_tables) {
    for (const GenericTable& table : filing.tables) tables.push_back(table_json(table));
  }
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
