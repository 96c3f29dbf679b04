// Edits to the package's own bookkeeping parts that go with adding or retyping a part: an Override
// in [Content_Types].xml, a Relationship in a .rels part. Each takes the part's current text and
// returns the edited text, for PackageWriter::replace (or add, for a new .rels part):
//
//   std::string types = archive.read_all(*archive.find(kContentTypesPart));
//   writer.replace(kContentTypesPart, with_content_type_override(types, "/word/media/a.png",
//                                                                 "image/png"));
//
// Everything else in the part is kept: its other elements and attributes, namespaces, comments
// and whitespace (the text is parsed and written back by libxml2, so quoting and the XML
// declaration may be respelled, never changed in meaning). Values are escaped as XML requires.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kpiconv::ooxml {

// [Content_Types].xml with the content type of `part_name` set by an Override: the Override that
// names the part already (compared as part names are: case-insensitive, percent-decoded) gets
// `content_type`, else a new Override is appended. `part_name` is an OPC part name; a missing
// leading '/' is added. Throws Error(kUnreadable, file, cause) when the text is not a well-formed
// [Content_Types].xml; `file` names the package in that message.
std::string with_content_type_override(std::string_view content_types_xml,
                                       std::string_view part_name, std::string_view content_type,
                                       const std::string& file = {});

struct NewRelationship {
  std::string type;    // the full relationship type URI
  std::string target;  // as it should be written: relative to the source part, absolute, or a URL
  bool external = false;  // TargetMode="External"
};

struct RelationshipAdded {
  std::string xml;  // the edited relationships part
  std::string id;   // the Id given to the new relationship
};

// A relationships part with `relationship` appended under a fresh Id: "rId" and a number above
// every "rId<number>" in use (and not otherwise taken). `rels_xml` may be empty for a part that
// has no relationships yet; a new relationships part is then made. Throws Error(kUnreadable,
// file, cause) when the text is not a well-formed relationships part.
RelationshipAdded with_relationship(std::string_view rels_xml, const NewRelationship& relationship,
                                    const std::string& file = {});

// [Content_Types].xml without the Overrides that name one of `part_names` (compared as part
// names are) and without the Defaults whose content type `drop_default` is true of: what goes
// with leaving parts out of a package. Throws as with_content_type_override does.
std::string without_content_types(std::string_view content_types_xml,
                                  const std::vector<std::string>& part_names,
                                  const std::function<bool(std::string_view)>& drop_default,
                                  const std::string& file = {});

// A relationships part without the relationships whose Id is one of `ids`. Throws as
// with_relationship does.
std::string without_relationships(std::string_view rels_xml, const std::vector<std::string>& ids,
                                  const std::string& file = {});

}  // namespace kpiconv::ooxml
