#include "formats/xlsx/workbook_part.h"

namespace kpiconv::xlsx {
namespace {

using ooxml::Ns;

bool xsd_true(std::optional<std::string_view> value) {
  return value && (*value == "1" || *value == "true");
}

SheetState state_of(std::optional<std::string_view> value) {
  if (value == "hidden") return SheetState::kHidden;
  if (value == "veryHidden") return SheetState::kVeryHidden;
  return SheetState::kVisible;
}

}  // namespace

WorkbookEntries read_workbook(ooxml::XmlStream& xml) {
  WorkbookEntries workbook;
  const ooxml::Name workbook_pr = xml.intern("workbookPr");
  const ooxml::Name sheets = xml.intern("sheets");
  const ooxml::Name sheet = xml.intern("sheet");
  const Ns x = Ns::kSpreadsheetML;
  while (xml.read()) {
    if (!xml.start_element()) continue;
    if (xml.is(x, workbook_pr)) {
      workbook.date1904 = xsd_true(xml.attribute(Ns::kNone, "date1904"));
    } else if (xml.is(x, sheet)) {
      SheetEntry entry;
      entry.name = std::string(xml.attribute(Ns::kNone, "name").value_or(""));
      entry.relationship_id =
          std::string(xml.attribute(Ns::kOfficeRelationships, "id").value_or(""));
      entry.state = state_of(xml.attribute(Ns::kNone, "state"));
      workbook.sheets.push_back(std::move(entry));
    } else if (xml.depth() > 0 && !xml.is(x, sheets)) {
      xml.skip();  // bookViews, definedNames, calcPr, extLst...
    }
  }
  return workbook;
}

}  // namespace kpiconv::xlsx
