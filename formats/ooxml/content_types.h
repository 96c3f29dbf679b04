// [Content_Types].xml (ECMA-376 Part 2, 10.1.2): the media type of every part, by Override (one
// part name) or by Default (a file extension). Both compare case-insensitively.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "formats/ooxml/zip_archive.h"

namespace kpiconv::ooxml {

inline constexpr std::string_view kContentTypesPart = "[Content_Types].xml";

class ContentTypes {
 public:
  // Parses the archive's [Content_Types].xml. Throws Error(kUnreadable) when it is malformed.
  static ContentTypes read(ZipArchive& archive, const ZipEntry& entry);

  void add_default(std::string_view extension, std::string_view content_type);
  void add_override(std::string_view part_name, std::string_view content_type);
  // The content type of a part: its Override, else the Default for its extension, else "".
  std::string_view of(std::string_view part_name) const;

 private:
  std::unordered_map<std::string, std::string> defaults_;   // lower-case extension
  std::unordered_map<std::string, std::string> overrides_;  // part_key()
};

}  // namespace kpiconv::ooxml
