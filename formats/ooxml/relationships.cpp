#include "formats/ooxml/relationships.h"

#include "converter/text/text.h"

#include <array>

#include "formats/ooxml/part_name.h"
#include "formats/ooxml/xml_stream.h"

namespace kpiconv::ooxml {
namespace {

constexpr std::array<std::string_view, 4> kTypeBases = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/",
    "http://schemas.openxmlformats.org/package/2006/relationships/",
    "http://schemas.microsoft.com/office/2006/relationships/",
};

}  // namespace

std::string_view relationship_kind(std::string_view type) {
  for (std::string_view base : kTypeBases) {
    if (type.starts_with(base)) return type.substr(base.size());
  }
  return type;
}

Relationships Relationships::read(ZipArchive& archive, const ZipEntry& entry,
                                  std::string_view source_part) {
  Relationships relationships;
  XmlStream xml(archive, entry);
  const Name relationship_name = xml.intern("Relationship");
  while (xml.read()) {
    if (!xml.start_element() || !xml.is(Ns::kPackageRelationships, relationship_name)) continue;
    Relationship relationship;
    if (auto id = xml.attribute(Ns::kNone, "Id")) relationship.id = *id;
    if (auto type = xml.attribute(Ns::kNone, "Type")) relationship.type = *type;
    if (auto target = xml.attribute(Ns::kNone, "Target")) relationship.target = *target;
    auto mode = xml.attribute(Ns::kNone, "TargetMode");
    relationship.external = mode && equals_ignoring_ascii_case(*mode, "External");
    if (!relationship.external) {
      relationship.target_part = resolve_target(source_part, relationship.target).value_or("");
    }
    relationships.add(std::move(relationship));
  }
  return relationships;
}

const Relationship* Relationships::by_id(std::string_view id) const {
  for (const Relationship& relationship : relationships_) {
    if (relationship.id == id) return &relationship;
  }
  return nullptr;
}

const Relationship* Relationships::first_of_kind(std::string_view kind) const {
  for (const Relationship& relationship : relationships_) {
    if (relationship.external || relationship.target_part.empty()) continue;
    if (relationship_kind(relationship.type) == kind) return &relationship;
  }
  return nullptr;
}

}  // namespace kpiconv::ooxml
