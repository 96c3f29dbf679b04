// The canonical JSON of a filing (schema kpiconv/filing@1). Field names are a public interface:
// later versions add fields, never rename these.
#pragma once

#include <nlohmann/json.hpp>

#include "converter/model/filing.h"

namespace kpiconv {

inline constexpr const char* kFilingSchema = "kpiconv/filing@1";

// With `with_projects` false, "projects" is an empty array (the JSON writer streams them).
nlohmann::ordered_json filing_to_json(const Filing& filing, bool with_projects = true);
nlohmann::ordered_json project_to_json(const Project& project);
nlohmann::ordered_json finding_to_json(const Finding& finding);

}  // namespace kpiconv
