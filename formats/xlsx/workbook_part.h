// xl/workbook.xml (ECMA-376 Part 1, 18.2): the sheets in tab order with their names, visibility and
// the relationship id of their part, and the workbook's date system.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formats/ooxml/xml_stream.h"

namespace kpiconv::xlsx {

enum class SheetState : std::uint8_t { kVisible, kHidden, kVeryHidden };

struct SheetEntry {
  std::string name;
  std::string relationship_id;  // r:id, resolved through the workbook part's relationships
  SheetState state = SheetState::kVisible;
};

struct WorkbookEntries {
  std::vector<SheetEntry> sheets;  // tab order
  bool date1904 = false;           // workbookPr date1904: serials count from 1904-01-01
};

// Throws Error(kUnreadable) on malformed XML.
WorkbookEntries read_workbook(ooxml::XmlStream& xml);

}  // namespace kpiconv::xlsx
