// The little of libxml2's tree API the template writer needs: a safely parsed part,
// WordprocessingML element tests and builders, and text of a subtree. A template part is small, so
// it is read whole; the output is produced a block at a time (see template_renderer.h).
#pragma once

#include <libxml/tree.h>

#include "converter/text/text.h"  // xml_safe_text, for what is put in the tree
#include "formats/ooxml/xml_document.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kpiconv::docx_template {

using ooxml::XmlDocument;

// True for a WordprocessingML element (transitional or Strict) named `name`.
bool is_w(const xmlNode* node, const char* name);
std::vector<xmlNode*> w_children(xmlNode* parent, const char* name);
xmlNode* first_w_child(xmlNode* parent, const char* name);
// All descendants (document order) that are WordprocessingML elements named `name`.
std::vector<xmlNode*> w_descendants(xmlNode* root, const char* name);

// The text a reader would see in `node`: w:t joined, paragraphs separated by '\n'.
std::string visible_text(xmlNode* node);

// A new WordprocessingML element in the namespace `like` uses (the template's w:).
xmlNode* new_w(xmlNode* like, const char* name);
// Sets w:`name`="`value`" on `element`.
void set_w_attribute(xmlNode* element, const char* name, const std::string& value);
// The w:`name` child of `element`, created (first) when missing.
xmlNode* ensure_w_child(xmlNode* element, const char* name);
// The w:`name` child of a cell's w:tcPr, created in the place ECMA-376's sequence gives it (Word
// refuses a w:tcPr whose children are out of order).
xmlNode* cell_property(xmlNode* cell_properties, const char* name);

// A deep copy of `node` for `doc` whose namespaces are the ones the document's root declares, so
// the copy can be placed anywhere under the root without declaring them again.
xmlNode* copy_node(xmlNode* node, xmlDoc* doc);

// `node` serialized as XML text (its namespace prefixes as in the document).
std::string serialize(xmlDoc* doc, xmlNode* node);

}  // namespace kpiconv::docx_template
