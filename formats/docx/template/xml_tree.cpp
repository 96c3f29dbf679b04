#include "formats/docx/template/xml_tree.h"

#include <libxml/parser.h>

#include <iterator>

#include "converter/error.h"
#include "converter/text/text.h"
#include "formats/ooxml/namespaces.h"

namespace kpiconv::docx_template {
namespace {

bool is_w_namespace(const xmlNs* ns) {
  return ns != nullptr && ns->href != nullptr &&
         ooxml::classify_namespace(reinterpret_cast<const char*>(ns->href)) ==
             ooxml::Ns::kWordprocessingML;
}

const xmlChar* chars(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

void collect_text(xmlNode* node, std::string& out) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_w(child, "t")) {
      xmlChar* content = xmlNodeGetContent(child);
      if (content != nullptr) out += reinterpret_cast<const char*>(content);
      xmlFree(content);
      continue;
    }
    if (is_w(child, "p") && !out.empty()) out += '\n';
    collect_text(child, out);
  }
}

}  // namespace

bool is_w(const xmlNode* node, const char* name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && is_w_namespace(node->ns) &&
         xmlStrcmp(node->name, chars(name)) == 0;
}

std::vector<xmlNode*> w_children(xmlNode* parent, const char* name) {
  std::vector<xmlNode*> found;
  for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_w(child, name)) found.push_back(child);
  }
  return found;
}

xmlNode* first_w_child(xmlNode* parent, const char* name) {
  for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_w(child, name)) return child;
  }
  return nullptr;
}

std::vector<xmlNode*> w_descendants(xmlNode* root, const char* name) {
  std::vector<xmlNode*> found;
  for (xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_w(child, name)) found.push_back(child);
    std::vector<xmlNode*> deeper = w_descendants(child, name);
    found.insert(found.end(), deeper.begin(), deeper.end());
  }
  return found;
}

std::string visible_text(xmlNode* node) {
  std::string text;
  collect_text(node, text);
  return text;
}

xmlNode* new_w(xmlNode* like, const char* name) {
  return xmlNewNode(like->ns, chars(name));
}

void set_w_attribute(xmlNode* element, const char* name, const std::string& value) {
  xmlSetNsProp(element, element->ns, chars(name), chars(value.c_str()));
}

xmlNode* ensure_w_child(xmlNode* element, const char* name) {
  if (xmlNode* existing = first_w_child(element, name)) return existing;
  xmlNode* child = new_w(element, name);
  if (element->children != nullptr) return xmlAddPrevSibling(element->children, child);
  return xmlAddChild(element, child);
}

xmlNode* cell_property(xmlNode* cell_properties, const char* name) {
  // CT_TcPr, ECMA-376 Part 1, 17.4.70.
  static constexpr const char* kOrder[] = {
      "cnfStyle", "tcW",     "gridSpan", "hMerge",        "vMerge",    "tcBorders",
      "shd",      "noWrap",  "tcMar",    "textDirection", "tcFitText", "vAlign",
      "hideMark", "headers", "cellIns",  "cellDel",       "cellMerge", "tcPrChange"};
  if (xmlNode* existing = first_w_child(cell_properties, name)) return existing;
  size_t position = 0;
  while (position < std::size(kOrder) && xmlStrcmp(chars(kOrder[position]), chars(name)) != 0) {
    ++position;
  }
  xmlNode* property = new_w(cell_properties, name);
  for (xmlNode* child = cell_properties->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    for (size_t later = position + 1; later < std::size(kOrder); ++later) {
      if (is_w(child, kOrder[later])) return xmlAddPrevSibling(child, property);
    }
  }
  return xmlAddChild(cell_properties, property);
}

namespace {

xmlNs* root_namespace(xmlDoc* doc, const xmlChar* href) {
  for (xmlNs* ns = xmlDocGetRootElement(doc)->nsDef; ns != nullptr; ns = ns->next) {
    if (xmlStrEqual(ns->href, href)) return ns;
  }
  return nullptr;
}

// Points `node` and everything below it at the root's declarations where the root has them.
void use_root_namespaces(xmlDoc* doc, xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE) return;
  if (node->ns != nullptr) {
    if (xmlNs* root = root_namespace(doc, node->ns->href)) node->ns = root;
  }
  for (xmlAttr* attribute = node->properties; attribute != nullptr; attribute = attribute->next) {
    if (attribute->ns == nullptr) continue;
    if (xmlNs* root = root_namespace(doc, attribute->ns->href)) attribute->ns = root;
  }
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    use_root_namespaces(doc, child);
  }
}

}  // namespace

xmlNode* copy_node(xmlNode* node, xmlDoc* doc) {
  xmlNode* copy = xmlDocCopyNode(node, doc, 1);
  use_root_namespaces(doc, copy);
  // Declarations the copy made for itself that the root already makes are dropped.
  xmlNs** link = &copy->nsDef;
  while (*link != nullptr) {
    xmlNs* ns = *link;
    if (root_namespace(doc, ns->href) != nullptr) {
      *link = ns->next;
      ns->next = nullptr;
      xmlFreeNs(ns);
    } else {
      link = &ns->next;
    }
  }
  return copy;
}

std::string serialize(xmlDoc* doc, xmlNode* node) {
  xmlBuffer* buffer = xmlBufferCreate();
  xmlNodeDump(buffer, doc, node, 0, 0);
  std::string text(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                   static_cast<size_t>(xmlBufferLength(buffer)));
  xmlBufferFree(buffer);
  return text;
}

}  // namespace kpiconv::docx_template
