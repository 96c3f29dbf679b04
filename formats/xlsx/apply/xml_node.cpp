#include "formats/xlsx/apply/xml_node.h"

#include <cstring>

namespace kpiconv::xlsx::apply {
namespace {

const xmlChar* xml_chars(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

}  // namespace

bool is_named(const xmlNode* node, const char* name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

xmlNode* first_child_named(const xmlNode* node, const char* name) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_named(child, name)) return child;
  }
  return nullptr;
}

std::optional<std::string> attribute_of(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, xml_chars(name));
  if (value == nullptr) return std::nullopt;
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

void set_attribute(xmlNode* node, const char* name, const std::string& value) {
  xmlSetProp(node, xml_chars(name), xml_chars(value.c_str()));
}

}  // namespace kpiconv::xlsx::apply
