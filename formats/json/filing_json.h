// The canonical JSON of a filing (schema kpiconv/filing@1). Field names are a public interface:
// later versions add fields, never rename these.
#pragma once

#include <nlohmann/json.hpp>

#include "converter/model/filing.h"

namespace kpiconv {

inline constexpr const char* kFilingSchema = "kpiconv/filing@1";

nlohmann::ordered_json filing_to_json(const Filing& filing);
nlohmann::ordered_json finding_to_json(const Finding& finding);

}  // namespace kpiconv
