// What a Compound File Binary ("OLE2") file is, from its content: a password-protected OOXML
// package, or a legacy Word/WPS document or Excel/WPS workbook that LibreOffice can turn into
// DOCX/XLSX. The name is only a hint for how the format is called (.wps, .et).
#pragma once

#include <string>

namespace kpiconv::legacy {

struct LegacyFormat {
  std::string name;            // "doc", "xls", "wps", "et": what the filing's source format says
  std::string description;     // "legacy Word 97-2003 binary document (.doc)"
  std::string target;          // "docx" or "xlsx": what LibreOffice converts it to
  std::string debian_package;  // the LibreOffice part that converts it
};

// Throws Error(kUnreadable) naming the cause for an encrypted package ("password-protected") and
// for a compound file that is no Office document kpiconv can read.
LegacyFormat identify_legacy_file(const std::string& path);

}  // namespace kpiconv::legacy
