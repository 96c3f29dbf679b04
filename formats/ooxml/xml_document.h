// A small package part held as a libxml2 tree, for the writers that edit parts (content types,
// relationships, a template's main part). Parsed as safely as the streaming reader reads: no
// network, no entity substitution, no DOCTYPE at all.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace kpiconv::ooxml {

struct XmlDocumentFree {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlDocumentFree>;

// Throws Error(kUnreadable, file, "malformed WHAT: …") for text that is not well-formed XML or has
// a DOCTYPE; for invalid UTF-8, characters XML forbids, too deep nesting and the markup MarkupGuard
// refuses (with the default PackageLimits), the cause names WHAT and the line.
XmlDocument parse_xml_document(std::string_view xml, const std::string& what,
                               const std::string& file);

// The document as text, UTF-8, without reformatting.
std::string serialize_document(xmlDoc* document);

}  // namespace kpiconv::ooxml
