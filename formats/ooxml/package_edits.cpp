#include "formats/ooxml/package_edits.h"

#include <libxml/parser.h>

#include <libxml/tree.h>
#include "formats/ooxml/xml_document.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <new>
#include <vector>

#include "converter/error.h"
#include "formats/ooxml/part_name.h"

namespace kpiconv::ooxml {
namespace {

constexpr const char* kContentTypesNamespace =
    "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr const char* kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kEmptyRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>)";

const xmlChar* xml_text(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

bool is_element(const xmlNode* node, const char* name, const char* namespace_uri) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         xmlStrEqual(node->ns->href, xml_text(namespace_uri)) &&
         xmlStrEqual(node->name, xml_text(name));
}

// The value of an unprefixed attribute, "" when absent.
std::string attribute(xmlNode* element, const char* name) {
  xmlChar* value = xmlGetNoNsProp(element, xml_text(name));
  if (value == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

// Parses a small package part whose root must be `root_name` in `namespace_uri`.
XmlDocument parse_part(std::string_view xml, const char* what, const char* root_name,
                       const char* namespace_uri, const std::string& file) {
  XmlDocument document = parse_xml_document(xml, what, file);
  if (!is_element(xmlDocGetRootElement(document.get()), root_name, namespace_uri)) {
    throw_unreadable(file, std::string(what) + " does not have the root element " + root_name +
                               " in namespace " + namespace_uri);
  }
  return document;
}

// A new child element at the end of `parent`, in the parent's namespace (so with its prefix, or
// none under a default namespace declaration).
xmlNode* append_element(xmlNode* parent, const char* name) {
  xmlNode* element = xmlNewDocNode(parent->doc, parent->ns, xml_text(name), nullptr);
  if (element == nullptr || xmlAddChild(parent, element) == nullptr) throw std::bad_alloc();
  return element;
}

// Sets an attribute from plain text; libxml2 escapes it ('&', '<', '"') when serializing.
void set_attribute(xmlNode* element, const char* name, const std::string& value) {
  if (xmlSetProp(element, xml_text(name), xml_text(value.c_str())) == nullptr) {
    throw std::bad_alloc();
  }
}

bool is_decimal(std::string_view text) {
  if (text.empty() || text.size() > 18) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string fresh_relationship_id(const std::vector<std::string>& taken) {
  unsigned long long highest = 0;
  for (const std::string& id : taken) {
    std::string_view number = id;
    if (!number.starts_with("rId")) continue;
    number.remove_prefix(3);
    if (is_decimal(number)) highest = std::max(highest, std::stoull(std::string(number)));
  }
  for (unsigned long long next = highest + 1;; ++next) {
    std::string candidate = "rId" + std::to_string(next);
    if (std::find(taken.begin(), taken.end(), candidate) == taken.end()) return candidate;
  }
}

// Unlinks and frees every element child of `parent` that `drop` is true of.
template <class Drop>
void remove_child_elements(xmlNode* parent, Drop&& drop) {
  for (xmlNode* child = parent->children; child != nullptr;) {
    xmlNode* next = child->next;
    if (child->type == XML_ELEMENT_NODE && drop(child)) {
      xmlUnlinkNode(child);
      xmlFreeNode(child);
    }
    child = next;
  }
}

}  // namespace

std::string with_content_type_override(std::string_view content_types_xml,
                                       std::string_view part_name, std::string_view content_type,
                                       const std::string& file) {
  XmlDocument document =
      parse_part(content_types_xml, "[Content_Types].xml", "Types", kContentTypesNamespace, file);
  xmlNode* types = xmlDocGetRootElement(document.get());
  xmlNode* override_element = nullptr;
  for (xmlNode* child = types->children; child != nullptr; child = child->next) {
    if (is_element(child, "Override", kContentTypesNamespace) &&
        same_part(attribute(child, "PartName"), part_name)) {
      override_element = child;
      break;
    }
  }
  if (override_element == nullptr) {
    override_element = append_element(types, "Override");
    std::string name(part_name);
    if (!name.starts_with('/')) name.insert(0, 1, '/');
    set_attribute(override_element, "PartName", name);
  }
  set_attribute(override_element, "ContentType", std::string(content_type));
  return serialize_document(document.get());
}

RelationshipAdded with_relationship(std::string_view rels_xml, const NewRelationship& relationship,
                                    const std::string& file) {
  if (rels_xml.empty()) rels_xml = kEmptyRelationships;
  XmlDocument document =
      parse_part(rels_xml, "relationships part", "Relationships", kRelationshipsNamespace, file);
  xmlNode* relationships = xmlDocGetRootElement(document.get());
  std::vector<std::string> taken;
  for (xmlNode* child = relationships->children; child != nullptr; child = child->next) {
    if (is_element(child, "Relationship", kRelationshipsNamespace)) {
      taken.push_back(attribute(child, "Id"));
    }
  }
  RelationshipAdded added;
  added.id = fresh_relationship_id(taken);
  xmlNode* element = append_element(relationships, "Relationship");
  set_attribute(element, "Id", added.id);
  set_attribute(element, "Type", relationship.type);
  set_attribute(element, "Target", relationship.target);
  if (relationship.external) set_attribute(element, "TargetMode", "External");
  added.xml = serialize_document(document.get());
  return added;
}

std::string without_content_types(std::string_view content_types_xml,
                                  const std::vector<std::string>& part_names,
                                  const std::function<bool(std::string_view)>& drop_default,
                                  const std::string& file) {
  XmlDocument document =
      parse_part(content_types_xml, "[Content_Types].xml", "Types", kContentTypesNamespace, file);
  remove_child_elements(xmlDocGetRootElement(document.get()), [&](xmlNode* child) {
    if (is_element(child, "Override", kContentTypesNamespace)) {
      const std::string named = attribute(child, "PartName");
      return std::any_of(part_names.begin(), part_names.end(),
                         [&named](const std::string& part) { return same_part(named, part); });
    }
    return is_element(child, "Default", kContentTypesNamespace) &&
           drop_default(attribute(child, "ContentType"));
  });
  return serialize_document(document.get());
}

std::string without_relationships(std::string_view rels_xml, const std::vector<std::string>& ids,
                                  const std::string& file) {
  XmlDocument document =
      parse_part(rels_xml, "relationships part", "Relationships", kRelationshipsNamespace, file);
  remove_child_elements(xmlDocGetRootElement(document.get()), [&](xmlNode* child) {
    return is_element(child, "Relationship", kRelationshipsNamespace) &&
           std::find(ids.begin(), ids.end(), attribute(child, "Id")) != ids.end();
  });
  return serialize_document(document.get());
}

}  // namespace kpiconv::ooxml
