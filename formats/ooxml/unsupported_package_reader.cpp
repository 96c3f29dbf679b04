#include "formats/ooxml/unsupported_package_reader.h"

#include "converter/error.h"
#include "formats/ooxml/package.h"

namespace kpiconv {

bool UnsupportedPackageReader::claims(const InputProbe& probe) const {
  return probe.starts_with("PK");
}

void UnsupportedPackageReader::read(const std::string& path, BlockSink& /*sink*/,
                                    const ReadOptions& options) const {
  ooxml::PackageIdentity identity =
      ooxml::identify_package(path, ooxml::PackageLimits::from(options));
  switch (identity.kind) {
    case ooxml::PackageKind::kSpreadsheet:
      throw_unreadable(path, "an Excel workbook (.xlsx); this version reads Word filings (.docx)");
    case ooxml::PackageKind::kPresentation:
      throw_unreadable(path, "a PowerPoint presentation (.pptx), not a filing");
    case ooxml::PackageKind::kZipNotOpc:
      throw_unreadable(path,
                       "a zip archive that is not an Office document (no [Content_Types].xml)");
    default:
      break;
  }
  std::string type =
      identity.main_content_type.empty() ? "no main part" : identity.main_content_type;
  throw_unreadable(path, "an Office package that is not a Word document (" + type + ")");
}

}  // namespace kpiconv
