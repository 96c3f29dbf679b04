#include "formats/ooxml/package_from_end.h"

#include <array>
#include <fstream>

#include "converter/error.h"

namespace kpiconv::ooxml {

PackageKind package_found_from_end(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 2> magic{};
  in.read(magic.data(), magic.size());
  if (!in || (magic[0] == 'P' && magic[1] == 'K')) return PackageKind::kNotZip;
  try {
    Package package(path, PackageLimits{});
    return identify_package(package).kind;
  } catch (const Error&) {
    return PackageKind::kNotZip;  // no zip at the end, or a damaged one: nothing else to read
  }
}

}  // namespace kpiconv::ooxml
