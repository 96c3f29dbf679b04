// A province template: its mapping and its workbook, found by name or folder. `flat-import` and
// `form` are compiled in; another NAME is templates/province/NAME/ under $KPICONV_TEMPLATES or the
// working folder; anything with a '/' is a folder holding mapping.toml and its workbook.
#pragma once

#include <string>
#include <vector>

#include "formats/ooxml/zip_archive.h"
#include "formats/province/mapping.h"

namespace kpiconv::province {

struct ProvinceTemplate {
  std::string name;    // "flat-import", or the folder
  std::string origin;  // "built in", or the folder
  Mapping mapping;
  std::string workbook_path;   // the template workbook, "" when built in
  std::string workbook_bytes;  // built-in templates: the workbook itself
  ooxml::ZipBytes workbook() const { return {workbook_bytes, name + " (built in)"}; }
  bool built_in() const { return workbook_path.empty(); }
};

// Throws Error(kUsage) for a NAME not found, a folder without mapping.toml, a mapping it cannot
// take (with the line).
ProvinceTemplate open_province_template(const std::string& name_or_folder);

struct InstalledTemplate {
  std::string kind;  // "docx" or "xlsx"
  std::string name;
  std::string description;
  std::string origin;  // "built in" or the file or folder
};

// Every template `--template` can name, built-in ones first; a folder whose mapping does not
// parse is listed with the error as its description.
std::vector<InstalledTemplate> installed_templates();

// The province templates installed (built-in, then folders), opened: for recognising a filled
// one. Those that cannot be opened are skipped.
std::vector<ProvinceTemplate> installed_province_templates();

}  // namespace kpiconv::province
