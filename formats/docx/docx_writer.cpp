#include "formats/docx/docx_writer.h"

#include "converter/error.h"
#include "formats/docx/template/template_renderer.h"
#include "formats/docx/template_source.h"
#include "formats/ooxml/core_properties.h"
#include "formats/ooxml/package_writer.h"

namespace kpiconv {

WriteReport DocxWriter::write(const Filing& filing, const std::filesystem::path& file,
                              const WriteOptions& options) const {
  TemplatePackage source = open_docx_template(options.template_name);
  ooxml::Package& package = *source.package;
  std::optional<std::string> main_part = package.main_part();
  const ooxml::ZipEntry* main_entry = main_part ? package.find(*main_part) : nullptr;
  if (main_entry == nullptr)
    throw_unreadable(source.name, "the template has no main document part");
  docx_template::TemplateRenderer renderer(package.archive().read_all(*main_entry), source.name);

  ooxml::PackageWriter writer(package.archive(), file);
  std::vector<std::string> warnings;
  writer.replace(*main_part, [&](std::ostream& out) { warnings = renderer.render(filing, out); });
  // The document's title property is the filing's, not the template's.
  if (std::optional<std::string> core = package.related_part("", ooxml::rel::kCoreProperties)) {
    if (const ooxml::ZipEntry* entry = package.find(*core)) {
      writer.replace(*core, ooxml::with_core_title(package.archive().read_all(*entry), filing.title,
                                                   source.name));
    }
  }
  writer.commit();
  return {warnings};
}

}  // namespace kpiconv
