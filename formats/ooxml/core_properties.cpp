#include "formats/ooxml/core_properties.h"

namespace kpiconv::ooxml {
CoreProperties read_core_properties(Package& package) {
  CoreProperties properties;
  std::optional<std::string> part = package.related_part("", rel::kCoreProperties);
  if (!part) return properties;
  std::unique_ptr<XmlStream> xml = package.open_xml(*part);
  const Name title = xml->intern("title");
  bool seen_title = false;
  while (xml->read()) {
    if (!seen_title && xml->start_element() && xml->is(Ns::kDublinCore, title)) {
      std::string text;
      xml->append_text(text);
      properties.title = std::move(text);
      seen_title = true;
    }
  }
  return properties;
}

}  // namespace kpiconv::ooxml
