// Lets GoogleTest print a ParsedValue field by field when an expectation fails.
#pragma once

#include <ostream>

#include "converter/values/indicator_value.h"

namespace kpiconv {

inline void PrintTo(const ParsedValue& value, std::ostream* out) {
  *out << "{kind: " << to_string(value.kind) << ", comparator: \"" << value.comparator
       << "\", number: \"" << value.number << "\", upper: \"" << value.upper << "\", unit: \""
       << value.unit << "\", date: \"" << value.date << "\", note: \"" << value.note << "\"}";
}

}  // namespace kpiconv
