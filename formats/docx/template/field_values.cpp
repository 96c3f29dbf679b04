#include "formats/docx/template/field_values.h"

#include <filesystem>

#include "converter/normalize/normalizer.h"

namespace kpiconv::docx_template {
namespace {

std::optional<std::string> project_value(std::string_view field, const Project& project) {
  if (field == "title") return project.title.text;
  if (field == "unit_code") return project.unit_code.text;
  if (field == "unit_name") return project.unit_name.text;
  if (field == "amount_unit") return project.amount_unit.text;
  if (field == "code") return project.code.text;
  if (field == "name") return project.name.text;
  if (field == "budget.total") return project.budget.total.text;
  if (field == "budget.fiscal") return project.budget.fiscal.text;
  if (field == "budget.other") return project.budget.other.text;
  if (field == "purpose") return project.purpose.text;
  if (field == "goals") return project.goals.text;
  for (int quarter = 1; quarter <= 4; ++quarter) {
    if (field == "spending_plan." + std::to_string(quarter)) {
      return project.spending_plan[static_cast<size_t>(quarter - 1)].text;
    }
  }
  return std::nullopt;
}

std::optional<std::string> indicator_value(std::string_view field, const Indicator& indicator,
                                           int number) {
  if (field == "level1") return indicator.level1.text;
  if (field == "level2") return indicator.level2.text;
  if (field == "level3") return indicator.level3.text;
  if (field == "description") return indicator.description.text;
  if (field == "value") return indicator.value.text;
  if (field == "basis") return indicator.basis.text;
  if (field == "number") return std::to_string(number);
  return std::nullopt;
}

}  // namespace

std::optional<Placeholder> parse_placeholder(std::string_view inside_braces) {
  std::string text = std::string(trim(inside_braces));
  if (text.empty() || text.front() == '#' || text.front() == '/') return std::nullopt;
  Placeholder placeholder;
  size_t bar = text.find('|');
  if (bar != std::string::npos) {
    std::string modifier = std::string(trim(std::string_view(text).substr(bar + 1)));
    if (modifier != "merge") return std::nullopt;
    placeholder.merge = true;
    text = std::string(trim(std::string_view(text).substr(0, bar)));
  }
  placeholder.name = text;
  return placeholder;
}

std::optional<std::string> field_value(const std::string& name, const FieldScope& scope) {
  std::string_view view = name;
  if (view.starts_with("filing.") && scope.filing != nullptr) {
    view.remove_prefix(7);
    if (view == "title") return scope.filing->title;
    if (view == "source")
      return std::filesystem::path(scope.filing->source.path).filename().string();
    return std::nullopt;
  }
  if (view.starts_with("project.") && scope.project != nullptr) {
    return project_value(view.substr(8), *scope.project);
  }
  if (view.starts_with("indicator.") && scope.indicator != nullptr) {
    return indicator_value(view.substr(10), *scope.indicator, scope.indicator_number);
  }
  if (view == "table.title" && scope.table != nullptr) return scope.table->title;
  return std::nullopt;
}

const char* known_fields_help() {
  return "see templates/README.md for the fields: filing.*, project.* inside {{#projects}}, "
         "indicator.* in an indicator row, table.* inside {{#tables}}";
}

}  // namespace kpiconv::docx_template
