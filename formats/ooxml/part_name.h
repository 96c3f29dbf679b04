// OPC part names (ECMA-376 Part 2, 9.1.1): "/word/document.xml". Inside this code base a part name
// is kept without its leading '/' ("word/document.xml"), the way it appears as a zip entry name and
// in Provenance::part. Part names compare case-insensitively (ASCII).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kpiconv::ooxml {

// "%20" → ' ', "%E5%B7%A5" → the UTF-8 bytes; malformed escapes are kept as written.
std::string percent_decode(std::string_view text);

// The key under which a part is looked up: percent-decoded, leading '/' removed, ASCII lower case.
std::string part_key(std::string_view part_name);

// True when both name the same part ("/Word/Document.xml" and "word/document.xml").
bool same_part(std::string_view a, std::string_view b);

// The folder of a part, with a trailing '/', or "" for a part at the root ("word/document.xml" →
// "word/").
std::string_view part_folder(std::string_view part_name);

// The part holding the relationships of `source_part`: "" (the package) → "_rels/.rels",
// "word/document.xml" → "word/_rels/document.xml.rels".
std::string relationships_part_for(std::string_view source_part);

// Resolves a relationship target against the part that holds the relationship (ECMA-376 Part 2,
// 9.3.3 / RFC 3986 5.2): "styles.xml" from "word/document.xml" → "word/styles.xml";
// "/word/document2.xml" is absolute; "../media/a.png" climbs; "%20" is decoded; a query or fragment
// is dropped. Returns nullopt for a target that leaves the package root or names no part.
std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target);

}  // namespace kpiconv::ooxml
