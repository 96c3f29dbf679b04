// The unit line above a project table: "471001怀来县工业和信息化局" (a code, then the unit's name).
#pragma once

#include <optional>
#include <string_view>

namespace kpiconv {

struct UnitLine {
  std::string_view code;  // views into the source text
  std::string_view name;
};

// Parses "471001怀来县工业和信息化局" or "471001 秦皇岛市…本级": at least three digits (ASCII or
// full-width) followed by a Han name. Dates such as "2023年…" are not unit lines.
std::optional<UnitLine> parse_unit_line(std::string_view text);

}  // namespace kpiconv
