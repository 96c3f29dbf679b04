#include "formats/docx/template_source.h"

#include <cstdlib>
#include <filesystem>

#include "converter/error.h"

namespace kpiconv {

extern const std::string_view kStandardTemplateDocx;

namespace {

constexpr const char* kBuiltIn = "standard";

bool is_path(const std::string& text) {
  return text.find('/') != std::string::npos || text.ends_with(".docx") || text.ends_with(".DOCX");
}

std::filesystem::path find_named(const std::string& name) {
  std::vector<std::filesystem::path> folders;
  if (const char* configured = std::getenv("KPICONV_TEMPLATES")) folders.emplace_back(configured);
  folders.emplace_back("templates");
  for (const std::filesystem::path& folder : folders) {
    std::filesystem::path candidate = folder / "docx" / (name + ".docx");
    if (std::filesystem::is_regular_file(candidate)) return candidate;
  }
  throw Error(ErrorKind::kUsage, "",
              "no DOCX template named '" + name + "' (built in: " + kBuiltIn +
                  "; others are templates/docx/NAME.docx under $KPICONV_TEMPLATES or the working "
                  "folder, or give a path to a .docx)");
}

}  // namespace

TemplatePackage open_docx_template(const std::string& name_or_path) {
  const ooxml::PackageLimits limits;
  if (name_or_path.empty() || name_or_path == kBuiltIn) {
    std::string name = std::string(kBuiltIn) + " (built in)";
    return {name,
            std::make_unique<ooxml::Package>(ooxml::ZipBytes{kStandardTemplateDocx, name}, limits)};
  }
  std::filesystem::path path =
      is_path(name_or_path) ? std::filesystem::path(name_or_path) : find_named(name_or_path);
  if (!std::filesystem::is_regular_file(path)) {
    throw Error(ErrorKind::kUsage, "", "no such template file: " + path.string());
  }
  return {path.string(), std::make_unique<ooxml::Package>(path.string(), limits)};
}

}  // namespace kpiconv
