// Relationship parts (ECMA-376 Part 2, 9.3): "_rels/.rels" for the package, "word/_rels/
// document.xml.rels" for word/document.xml. Targets are resolved against the source part's folder;
// external targets (TargetMode="External") are kept but never resolved to a part.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/zip_archive.h"

namespace kpiconv::ooxml {

// Relationship kinds: the part of a relationship type after its base URI, so the transitional
// ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles") and Strict
// ("http://purl.oclc.org/ooxml/officeDocument/relationships/styles") spellings of one type meet.
namespace rel {
inline constexpr std::string_view kOfficeDocument = "officeDocument";
inline constexpr std::string_view kStyles = "styles";
inline constexpr std::string_view kCoreProperties = "metadata/core-properties";
inline constexpr std::string_view kSharedStrings = "sharedStrings";
inline constexpr std::string_view kWorksheet = "worksheet";
}  // namespace rel

// The kind of a relationship type URI; the URI itself when its base is not a known one.
std::string_view relationship_kind(std::string_view type);

struct Relationship {
  std::string id;
  std::string type;         // as written
  std::string target;       // as written
  bool external = false;    // TargetMode="External": a URL, not a part
  std::string target_part;  // resolved part name without leading '/'; empty if external or invalid
};

class Relationships {
 public:
  // Parses the relationship part `entry`, whose targets are relative to `source_part` ("" for the
  // package). Throws Error(kUnreadable) when it is malformed.
  static Relationships read(ZipArchive& archive, const ZipEntry& entry,
                            std::string_view source_part);

  const std::vector<Relationship>& all() const { return relationships_; }
  const Relationship* by_id(std::string_view id) const;
  // The first internal relationship of a kind (see rel::), or nullptr.
  const Relationship* first_of_kind(std::string_view kind) const;

  void add(Relationship relationship) { relationships_.push_back(std::move(relationship)); }

 private:
  std::vector<Relationship> relationships_;
};

}  // namespace kpiconv::ooxml
