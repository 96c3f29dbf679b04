// The canonical JSON of a filing (schema kpiconv/filing@1). Field names are a public interface:
// later versions add fields, never rename these.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>

#include "converter/model/filing.h"

namespace kpiconv {

inline constexpr const char* kFilingSchema = "kpiconv/filing@1";

// With `with_projects` false, "projects" is an empty array, and with `with_tables` false
// "tables": the JSON writer streams them.
nlohmann::ordered_json filing_to_json(const Filing& filing, bool with_projects = true,
                                      bool with_tables = true);
nlohmann::ordered_json project_to_json(const Project& project);
nlohmann::ordered_json finding_to_json(const Finding& finding);

// The text dumping a table's JSON with an indent of 2 gives, handed to `out` a cell at a time, so
// that a table of millions of cells never becomes one JSON value in memory.
void write_table_json(const GenericTable& table, const std::function<void(std::string_view)>& out);
// How the JSON writer dumps: indented by 2, invalid UTF-8 replaced.
std::string indented_json(const nlohmann::ordered_json& json);

}  // namespace kpiconv
