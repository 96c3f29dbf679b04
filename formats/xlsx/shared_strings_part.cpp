#include "formats/xlsx/shared_strings_part.h"

#include "formats/xlsx/rich_text.h"

namespace kpiconv::xlsx {

SharedStrings read_shared_strings(ooxml::XmlStream& xml) {
  SharedStrings strings;
  RichTextReader rich_text(xml);
  const ooxml::Name si = xml.intern("si");
  while (xml.read()) {
    if (!xml.start_element()) continue;
    if (xml.is(ooxml::Ns::kSpreadsheetML, si)) {
      std::string& text = strings.emplace_back();
      rich_text.read(text);
    }
  }
  strings.shrink_to_fit();
  return strings;
}

}  // namespace kpiconv::xlsx
