// The one list of built-in formats. Adding a format: a folder under formats/ and a line here.
#include "converter/registry/registry.h"
#include "formats/csv/csv_reader.h"
#include "formats/csv/csv_writer.h"
#include "formats/docx/apply/docx_applier.h"
#include "formats/docx/docx_reader.h"
#include "formats/docx/docx_writer.h"
#include "formats/json/json_writer.h"
#include "formats/legacy/cfb_reader.h"
#include "formats/ooxml/unsupported_package_reader.h"
#include "formats/xlsx/apply/xlsx_form_applier.h"
#include "formats/xlsx/xlsx_reader.h"
#include "formats/xlsx/xlsx_writer.h"

namespace kpiconv {

void register_builtin_formats(Registry& registry) {
  registry.add_reader(std::make_unique<DocxReader>());
  registry.add_reader(std::make_unique<CfbReader>());
  registry.add_reader(std::make_unique<XlsxReader>());
  registry.add_reader(std::make_unique<UnsupportedPackageReader>());  // after every zip reader
  registry.add_reader(std::make_unique<CsvReader>());                 // last: CSV has no signature
  registry.add_writer(std::make_unique<JsonWriter>());
  registry.add_writer(std::make_unique<CsvWriter>());
  registry.add_writer(std::make_unique<XlsxWriter>());
  registry.add_writer(std::make_unique<DocxWriter>());
  registry.add_applier(std::make_unique<XlsxFormApplier>());
  registry.add_applier(std::make_unique<DocxApplier>());
}

}  // namespace kpiconv
