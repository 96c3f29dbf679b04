#include "formats/ooxml/content_types.h"

#include "converter/text/text.h"
#include "formats/ooxml/part_name.h"
#include "formats/ooxml/xml_stream.h"

namespace kpiconv::ooxml {
namespace {}  // namespace

ContentTypes ContentTypes::read(ZipArchive& archive, const ZipEntry& entry) {
  ContentTypes types;
  XmlStream xml(archive, entry);
  const Name default_name = xml.intern("Default");
  const Name override_name = xml.intern("Override");
  while (xml.read()) {
    if (!xml.start_element() || xml.ns() != Ns::kContentTypes) continue;
    if (xml.is(Ns::kContentTypes, default_name)) {
      auto extension = xml.attribute(Ns::kNone, "Extension");
      auto type = xml.attribute(Ns::kNone, "ContentType");
      if (extension && type) types.add_default(*extension, *type);
    } else if (xml.is(Ns::kContentTypes, override_name)) {
      auto part = xml.attribute(Ns::kNone, "PartName");
      auto type = xml.attribute(Ns::kNone, "ContentType");
      if (part && type) types.add_override(*part, *type);
    }
  }
  return types;
}

void ContentTypes::add_default(std::string_view extension, std::string_view content_type) {
  while (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
  defaults_.emplace(ascii_lowercase(extension), std::string(content_type));
}

void ContentTypes::add_override(std::string_view part_name, std::string_view content_type) {
  overrides_.emplace(part_key(part_name), std::string(content_type));
}

std::string_view ContentTypes::of(std::string_view part_name) const {
  std::string key = part_key(part_name);
  if (auto found = overrides_.find(key); found != overrides_.end()) return found->second;
  size_t slash = key.rfind('/');
  size_t dot = key.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  if (auto found = defaults_.find(key.substr(dot + 1)); found != defaults_.end()) {
    return found->second;
  }
  return {};
}

}  // namespace kpiconv::ooxml
