// docProps/core.xml (ECMA-376 Part 2, 11): the package's core properties, found through the package
// relationship of kind metadata/core-properties.
#pragma once

#include <string>

#include "formats/ooxml/package.h"

namespace kpiconv::ooxml {

struct CoreProperties {
  std::string title;  // dc:title as written; empty when absent
};

// Reads the core properties part if the package has one (empty properties otherwise). Throws
// Error(kUnreadable) when the part exists but is malformed.
CoreProperties read_core_properties(Package& package);

}  // namespace kpiconv::ooxml
