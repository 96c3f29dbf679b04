#include "formats/xlsx/xlsx_writer.h"

#include "converter/error.h"
#include "formats/province/template_fill.h"
#include "formats/xlsx/combined_workbook.h"
#include "formats/xlsx/form_layout.h"
#include "formats/xlsx/normalized_layout.h"
#include "formats/xlsx/workbook_writer.h"

namespace kpiconv {
namespace {

void check_layout(const WriteOptions& options) {
  if (options.layout != "form" && options.layout != "normalized") {
    throw Error(ErrorKind::kUsage, "", "unknown layout '" + options.layout + "' (normalized|form)");
  }
}

}  // namespace

WriteReport XlsxWriter::write(const Filing& filing, const std::filesystem::path& file,
                              const WriteOptions& options) const {
  if (std::unique_ptr<FilingStream> normalized = stream(file, options)) {
    return write_through(*normalized, filing);
  }
  if (!options.template_name.empty()) {
    province::TemplateFill fill(province::open_province_template(options.template_name));
    fill.add(filing);
    return fill.write(file);
  }
  xlsx::WorkbookWriter workbook(file);
  workbook.set_title(filing.title);
  xlsx::write_form_layout(workbook, filing, options.report_sheets);
  workbook.close();
  return {workbook.warnings()};
}

std::unique_ptr<FilingStream> XlsxWriter::stream(const std::filesystem::path& file,
                                                 const WriteOptions& options) const {
  check_layout(options);
  if (!options.template_name.empty() || options.layout == "form") return nullptr;
  return xlsx::open_normalized_workbook(file, options);
}

std::unique_ptr<CombinedWriter> XlsxWriter::combine(const std::filesystem::path& file,
                                                    const WriteOptions& options) const {
  if (!options.template_name.empty()) {
    return province::open_template_fill(options.template_name, file);
  }
  if (options.layout != "normalized") {
    throw Error(ErrorKind::kUsage, "", "a combined workbook has the normalized layout only");
  }
  return xlsx::open_combined_workbook(file, options);
}

}  // namespace kpiconv
