// What a template's {{placeholders}} stand for: the fields of the filing, of the project and
// indicator being written, and of the other table being written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "converter/model/filing.h"

namespace kpiconv::docx_template {

struct Placeholder {
  std::string name;    // "project.budget.total"
  bool merge = false;  // "|merge": merge down equal cells
};

// "{{ project.name | merge }}" without the braces → {"project.name", true}; nullopt for a block
// marker ("#projects", "/projects") or an unknown modifier.
std::optional<Placeholder> parse_placeholder(std::string_view inside_braces);

// The things being written at the moment; null when outside their block.
struct FieldScope {
  const Filing* filing = nullptr;
  const Project* project = nullptr;
  const Indicator* indicator = nullptr;
  int indicator_number = 0;
  const GenericTable* table = nullptr;
};

// The value of `name` in `scope`; nullopt when no such field exists there.
std::optional<std::string> field_value(const std::string& name, const FieldScope& scope);

// Every field name a template may use (for messages).
const char* known_fields_help();

}  // namespace kpiconv::docx_template
