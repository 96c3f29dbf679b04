#include "formats/ooxml/package.h"

#include <array>
#include <fstream>

#include "converter/error.h"
#include "formats/ooxml/part_name.h"

namespace kpiconv::ooxml {

Package::Package(const std::string& path, const PackageLimits& limits)
    : Package(std::make_unique<ZipArchive>(path, limits)) {}

Package::Package(ZipBytes bytes, const PackageLimits& limits)
    : Package(std::make_unique<ZipArchive>(std::move(bytes), limits)) {}

Package::Package(std::unique_ptr<ZipArchive> archive) : archive_(std::move(archive)) {
  if (const ZipEntry* entry = archive_->find(kContentTypesPart)) {
    opc_ = true;
    content_types_ = ContentTypes::read(*archive_, *entry);
  }
}

const Relationships& Package::relationships(std::string_view source_part) {
  std::string rels_part = relationships_part_for(source_part);
  auto found = relationships_.find(rels_part);
  if (found != relationships_.end()) return found->second;
  Relationships parsed;
  if (const ZipEntry* entry = archive_->find(rels_part)) {
    while (!source_part.empty() && source_part.front() == '/') source_part.remove_prefix(1);
    parsed = Relationships::read(*archive_, *entry, source_part);
  }
  return relationships_.emplace(std::move(rels_part), std::move(parsed)).first->second;
}

std::optional<std::string> Package::related_part(std::string_view source_part,
                                                 std::string_view kind) {
  for (const Relationship& relationship : relationships(source_part).all()) {
    if (relationship.external || relationship.target_part.empty()) continue;
    if (relationship_kind(relationship.type) != kind) continue;
    // Report the part under the name the archive stores it (case and escapes as written there).
    if (const ZipEntry* entry = archive_->find(relationship.target_part)) return entry->name;
  }
  return std::nullopt;
}

std::unique_ptr<XmlStream> Package::open_xml(std::string_view part_name) {
  const ZipEntry* entry = archive_->find(part_name);
  if (entry == nullptr) throw_unreadable(path(), "missing part " + std::string(part_name));
  return std::make_unique<XmlStream>(*archive_, *entry);
}

PackageKind kind_of_main_content_type(std::string_view type) {
  auto has = [type](std::string_view word) { return type.find(word) != std::string_view::npos; };
  if (!has(".main") && !has("binary.macroEnabled")) return PackageKind::kOtherOpc;
  if (has("wordprocessingml") || has("ms-word.")) return PackageKind::kWordprocessing;
  if (has("spreadsheetml") || has("ms-excel.")) return PackageKind::kSpreadsheet;
  if (has("presentationml") || has("ms-powerpoint.")) return PackageKind::kPresentation;
  return PackageKind::kOtherOpc;
}

PackageIdentity identify_package(Package& package) {
  PackageIdentity identity;
  if (!package.is_opc()) {
    identity.kind = PackageKind::kZipNotOpc;
    return identity;
  }
  identity.kind = PackageKind::kOtherOpc;
  if (std::optional<std::string> main = package.main_part()) {
    identity.main_part = *main;
    identity.main_content_type = package.content_type(*main);
    identity.kind = kind_of_main_content_type(identity.main_content_type);
  }
  return identity;
}

PackageIdentity identify_package(const std::string& path, const PackageLimits& limits) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 2> magic{};
  in.read(magic.data(), magic.size());
  if (in.gcount() != 2 || magic[0] != 'P' || magic[1] != 'K') return {};
  Package package(path, limits);
  return identify_package(package);
}

}  // namespace kpiconv::ooxml
