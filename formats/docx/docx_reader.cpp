#include "formats/docx/docx_reader.h"

#include "converter/error.h"
#include "formats/docx/document_parser.h"
#include "formats/docx/styles.h"
#include "formats/ooxml/core_properties.h"
#include "formats/ooxml/optional_part.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/package_from_end.h"
#include "formats/ooxml/part_name.h"

namespace kpiconv {
namespace {

using ooxml::Package;
using ooxml::PackageKind;

// Has the archive entries under word/, the way every Word producer lays a package out?
bool looks_like_word(ooxml::ZipArchive& archive) {
  for (const ooxml::ZipEntry& entry : archive.entries()) {
    if (ooxml::part_key(entry.name).starts_with("word/")) return true;
  }
  return false;
}

}  // namespace

bool DocxReader::claims(const InputProbe& probe) const {
  if (!probe.starts_with("PK")) return false;
  Package package(probe.path(), ooxml::PackageLimits{});
  ooxml::PackageIdentity identity = ooxml::identify_package(package);
  switch (identity.kind) {
    case PackageKind::kWordprocessing:
      return true;
    case PackageKind::kZipNotOpc:
    case PackageKind::kOtherOpc:
      return identity.main_part.empty() && looks_like_word(package.archive());
    default:
      return false;
  }
}

std::string DocxReader::also_found_from_end(const InputProbe& probe) const {
  if (ooxml::package_found_from_end(probe.path()) != PackageKind::kWordprocessing) return {};
  return "a Word 2007+ package (.docx)";
}

void DocxReader::read(const std::string& path, BlockSink& sink, const ReadOptions& options) const {
  Package package(path, ooxml::PackageLimits::from(options));
  if (!package.is_opc()) {
    throw_unreadable(path, "not an OPC package ([Content_Types].xml is missing)");
  }
  ooxml::PackageIdentity identity = ooxml::identify_package(package);
  if (identity.main_part.empty()) {
    std::string cause = "no main document part (word/document.xml)";
    for (const ooxml::Relationship& relationship : package.relationships("").all()) {
      if (ooxml::relationship_kind(relationship.type) == ooxml::rel::kOfficeDocument) {
        cause += ": _rels/.rels points to " + relationship.target + ", which is not in the archive";
        break;
      }
    }
    throw_unreadable(path, cause);
  }
  if (identity.kind != PackageKind::kWordprocessing) {
    throw_unreadable(path, "not a Word document (the main part " + identity.main_part +
                               " has content type \"" + identity.main_content_type + "\")");
  }

  DocumentMetadata metadata;
  ooxml::read_optional("docProps/core.xml", sink,
                       [&] { metadata.title = ooxml::read_core_properties(package).title; });
  docx::Styles styles;
  ooxml::read_optional("the styles part", sink, [&] {
    if (auto part = package.related_part(identity.main_part, ooxml::rel::kStyles)) {
      std::unique_ptr<ooxml::XmlStream> xml = package.open_xml(*part);
      styles = docx::Styles::read(*xml);
    }
  });
  sink.metadata(metadata);

  std::unique_ptr<ooxml::XmlStream> xml = package.open_xml(identity.main_part);
  docx::parse_main_part(*xml, styles, sink, options);
}

}  // namespace kpiconv
