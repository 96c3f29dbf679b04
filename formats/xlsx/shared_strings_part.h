// xl/sharedStrings.xml (ECMA-376 Part 1, 18.4): the workbook's table of distinct strings, which
// cells of type t="s" name by index. Read once, before the sheets, into memory bounded by the
// part's size (its count attributes are never trusted for allocation).
#pragma once

#include <string>
#include <vector>

#include "formats/ooxml/xml_stream.h"

namespace kpiconv::xlsx {

using SharedStrings = std::vector<std::string>;

// Reads every <si> of the part in order. Throws Error(kUnreadable) on malformed XML.
SharedStrings read_shared_strings(ooxml::XmlStream& xml);

}  // namespace kpiconv::xlsx
