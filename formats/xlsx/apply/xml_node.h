// The few libxml2 tree helpers the workbook editors share.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>

namespace kpiconv::xlsx::apply {

// An element with this local name (null is none).
bool is_named(const xmlNode* node, const char* name);
// The first child element with this local name, or nullptr.
xmlNode* first_child_named(const xmlNode* node, const char* name);
std::optional<std::string> attribute_of(const xmlNode* node, const char* name);
void set_attribute(xmlNode* node, const char* name, const std::string& value);

}  // namespace kpiconv::xlsx::apply
