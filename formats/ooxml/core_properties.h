// docProps/core.xml (ECMA-376 Part 2, 11): the package's core properties, found through the package
// relationship of kind metadata/core-properties.
#pragma once

#include <string>
#include <string_view>

#include "formats/ooxml/package.h"

namespace kpiconv::ooxml {

struct CoreProperties {
  std::string title;  // dc:title as written; empty when absent
};

// Reads the core properties part if the package has one (empty properties otherwise). Throws
// Error(kUnreadable) when the part exists but is malformed.
CoreProperties read_core_properties(Package& package);

// The core properties part `core_xml` with its dc:title set to `title` (added when missing), for
// writers that make a document from a template.
std::string with_core_title(std::string_view core_xml, const std::string& title,
                            const std::string& file);

}  // namespace kpiconv::ooxml
