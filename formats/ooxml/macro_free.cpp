#include "formats/ooxml/macro_free.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "converter/text/text.h"
#include "formats/ooxml/package_edits.h"
#include "formats/ooxml/part_name.h"

namespace kpiconv::ooxml {
namespace {

struct MainTypeWithoutMacros {
  std::string_view macro_enabled;
  std::string_view plain;
};
constexpr std::array<MainTypeWithoutMacros, 2> kMainTypes = {{
    {"application/vnd.ms-word.document.macroEnabled.main+xml",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
    {"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"},
}};

std::optional<std::string_view> plain_main_type(std::string_view content_type) {
  for (const MainTypeWithoutMacros& type : kMainTypes) {
    if (equals_ignoring_ascii_case(type.macro_enabled, content_type)) return type.plain;
  }
  return std::nullopt;
}

// The VBA project and its signatures (application/vnd.ms-office.vbaProject, …Signature,
// …SignatureAgile, …SignatureV3) and Word's VBA supplemental data. Media types compare without
// regard to case.
bool is_vba_content_type(std::string_view content_type) {
  const std::string type = ascii_lowercase(content_type);
  return type.starts_with("application/vnd.ms-office.vbaproject") ||
         type == "application/vnd.ms-word.vbadata+xml";
}

bool is_customization_content_type(std::string_view content_type) {
  const std::string type = ascii_lowercase(content_type);
  return type == "application/vnd.ms-word.keymapcustomizations+xml" ||
         type == "application/vnd.ms-word.attachedtoolbars";
}

bool is_macro_content_type(std::string_view content_type) {
  return is_vba_content_type(content_type) || is_customization_content_type(content_type);
}

bool is_vba_relationship(std::string_view type) {
  const std::string_view kind = relationship_kind(type);
  return kind == "vbaProject" || kind == "wordVbaData" ||
         kind.find("vbaProjectSignature") != std::string_view::npos;
}

bool is_macro_relationship(std::string_view type) {
  const std::string_view kind = relationship_kind(type);
  return is_vba_relationship(type) || kind == "keyMapCustomizations" || kind == "attachedToolbars";
}

// The part whose relationships the zip entry `entry_name` holds: "word/_rels/document.xml.rels"
// → "word/document.xml", "_rels/.rels" → "" (the package); nullopt for an entry that is no
// relationships part.
std::optional<std::string> source_of_relationships(std::string_view entry_name) {
  const std::string key = part_key(entry_name);
  if (!key.ends_with(".rels")) return std::nullopt;
  const size_t slash = key.rfind('/');
  const std::string_view folder =
      std::string_view(key).substr(0, slash == std::string::npos ? 0 : slash + 1);
  if (!folder.ends_with("_rels/") || (folder.size() > 6 && folder[folder.size() - 7] != '/')) {
    return std::nullopt;
  }
  const std::string_view name = std::string_view(key).substr(folder.size());
  std::string source(folder.substr(0, folder.size() - 6));
  source += name.substr(0, name.size() - 5);
  return source;
}

struct Link {
  std::string rels_entry;  // the relationships part holding it
  std::string source;      // part_key of its source, "" for the package
  std::string id;
  std::string target;  // part_key of its target part
  bool macro = false;  // of a macro relationship type
};

// Every internal relationship of the package to a part.
std::vector<Link> every_link(Package& package) {
  std::vector<Link> links;
  for (const ZipEntry& entry : package.archive().entries()) {
    std::optional<std::string> source = source_of_relationships(entry.name);
    if (!source) continue;
    for (const Relationship& relationship : package.relationships(*source).all()) {
      if (relationship.external || relationship.target_part.empty()) continue;
      links.push_back({entry.name, *source, relationship.id, part_key(relationship.target_part),
                       is_macro_relationship(relationship.type)});
    }
  }
  return links;
}

// Whether the package has macros at all, cheaply: a part typed as VBA, or a VBA relationship from
// the main part. Only then is every relationships part read.
bool has_vba(Package& package, const std::string& main_part) {
  for (const ZipEntry& entry : package.archive().entries()) {
    if (is_vba_content_type(package.content_type(entry.name))) return true;
  }
  for (const Relationship& relationship : package.relationships(main_part).all()) {
    if (is_vba_relationship(relationship.type)) return true;
  }
  return false;
}

// The macro parts: those of macro content types and the targets of macro relationships, then
// whatever is related only from parts already dropped. Never the main part.
std::set<std::string> macro_parts(Package& package, const std::vector<Link>& links,
                                  const std::string& main_key) {
  std::set<std::string> dropped;
  for (const ZipEntry& entry : package.archive().entries()) {
    if (is_macro_content_type(package.content_type(entry.name)))
      dropped.insert(part_key(entry.name));
  }
  for (const Link& link : links) {
    if (link.macro) dropped.insert(link.target);
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (const Link& from_dropped : links) {
      if (!dropped.contains(from_dropped.source) || dropped.contains(from_dropped.target)) continue;
      const bool kept_elsewhere = std::any_of(links.begin(), links.end(), [&](const Link& other) {
        return other.target == from_dropped.target && !dropped.contains(other.source);
      });
      if (!kept_elsewhere) {
        dropped.insert(from_dropped.target);
        grew = true;
      }
    }
  }
  dropped.erase(main_key);
  return dropped;
}

}  // namespace

MacroFreeEdits macro_free_edits(Package& package) {
  MacroFreeEdits edits;
  const std::optional<std::string> main_part = package.main_part();
  if (!main_part) return edits;
  const std::optional<std::string_view> plain_type =
      plain_main_type(package.content_type(*main_part));
  if (!plain_type && !has_vba(package, *main_part)) return edits;

  ZipArchive& archive = package.archive();
  const std::vector<Link> links = every_link(package);
  const std::set<std::string> dropped = macro_parts(package, links, part_key(*main_part));
  for (const ZipEntry& entry : archive.entries()) {
    if (dropped.contains(part_key(entry.name))) edits.dropped_parts.push_back(entry.name);
  }
  edits.dropped_entries = edits.dropped_parts;
  for (const std::string& part : edits.dropped_parts) {
    if (const ZipEntry* rels = archive.find(relationships_part_for(part))) {
      edits.dropped_entries.push_back(rels->name);
    }
  }
  // The relationships to dropped parts, from the parts that stay, part by part.
  std::vector<std::string> rewritten;
  for (const Link& link : links) {
    if (!dropped.contains(link.target) || dropped.contains(link.source) ||
        std::find(rewritten.begin(), rewritten.end(), link.rels_entry) != rewritten.end()) {
      continue;
    }
    std::vector<std::string> ids;
    for (const Link& same_part : links) {
      if (same_part.rels_entry == link.rels_entry && dropped.contains(same_part.target)) {
        ids.push_back(same_part.id);
      }
    }
    const ZipEntry* entry = archive.find(link.rels_entry);
    edits.replaced.emplace_back(
        link.rels_entry, without_relationships(archive.read_all(*entry), ids, package.path()));
    rewritten.push_back(link.rels_entry);
  }
  if (const ZipEntry* types = archive.find(kContentTypesPart)) {
    std::string xml = without_content_types(archive.read_all(*types), edits.dropped_entries,
                                            is_macro_content_type, package.path());
    if (plain_type) xml = with_content_type_override(xml, *main_part, *plain_type, package.path());
    edits.replaced.emplace_back(types->name, std::move(xml));
  }
  return edits;
}

void write_macro_free(const MacroFreeEdits& edits, PackageWriter& writer) {
  for (const std::string& entry : edits.dropped_entries) writer.remove(entry);
  for (const auto& [entry, content] : edits.replaced) writer.replace(entry, content);
}

}  // namespace kpiconv::ooxml
