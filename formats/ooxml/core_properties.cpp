#include "formats/ooxml/core_properties.h"

#include "formats/ooxml/xml_document.h"

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

std::string with_core_title(std::string_view core_xml, const std::string& title,
                            const std::string& file) {
  static constexpr const char* kDublinCore = "http://purl.org/dc/elements/1.1/";
  XmlDocument document = parse_xml_document(core_xml, "core properties part", file);
  xmlNode* root = xmlDocGetRootElement(document.get());
  xmlNode* title_element = nullptr;
  for (xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && child->ns != nullptr &&
        xmlStrEqual(child->ns->href, reinterpret_cast<const xmlChar*>(kDublinCore)) &&
        xmlStrEqual(child->name, reinterpret_cast<const xmlChar*>("title"))) {
      title_element = child;
    }
  }
  if (title_element == nullptr) {
    xmlNs* dc =
        xmlSearchNsByHref(document.get(), root, reinterpret_cast<const xmlChar*>(kDublinCore));
    if (dc == nullptr)
      dc = xmlNewNs(root, reinterpret_cast<const xmlChar*>(kDublinCore),
                    reinterpret_cast<const xmlChar*>("dc"));
    title_element = xmlNewChild(root, dc, reinterpret_cast<const xmlChar*>("title"), nullptr);
  }
  xmlNodeSetContent(title_element, nullptr);
  xmlNodeAddContentLen(title_element, reinterpret_cast<const xmlChar*>(title.data()),
                       static_cast<int>(title.size()));
  return serialize_document(document.get());
}

}  // namespace kpiconv::ooxml
