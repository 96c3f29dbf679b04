#include "formats/legacy/legacy_format.h"

#include <filesystem>
#include <fstream>
#include <vector>

#include "converter/error.h"
#include "converter/text/text.h"
#include "formats/legacy/cfb_directory.h"

namespace kpiconv::legacy {
namespace {

// CFB names compare case-insensitively (MS-CFB 2.6.4).
bool has_entry(const std::vector<std::string>& names, std::string_view wanted) {
  for (const std::string& name : names) {
    if (equals_ignoring_ascii_case(name, wanted)) return true;
  }
  return false;
}

bool has_entry_starting(const std::vector<std::string>& names, std::string_view prefix) {
  for (const std::string& name : names) {
    if (name.size() >= prefix.size() &&
        equals_ignoring_ascii_case(std::string_view(name).substr(0, prefix.size()), prefix)) {
      return true;
    }
  }
  return false;
}

}  // namespace

LegacyFormat identify_legacy_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_unreadable(path, "cannot open the file");
  std::vector<std::string> names;
  if (auto parsed = read_cfb_entry_names(in)) {
    names = std::move(*parsed);
  } else {
    names = scan_cfb_entry_names(in, std::size_t{64} << 20);
  }
  if (has_entry(names, "EncryptedPackage")) {
    throw_unreadable(path,
                     "password-protected Office document (encrypted package); remove the "
                     "password and save again");
  }
  const std::string extension = ascii_lowercase(std::filesystem::path(path).extension().string());
  // WPS Office writes the Word and Excel binary formats under its own names, with streams of its
  // own beside them.
  const bool wps = has_entry_starting(names, "Wps") || extension == ".wps";
  const bool et = has_entry(names, "ETExtData") || extension == ".et";
  if (has_entry(names, "WordDocument")) {
    if (wps) {
      return {"wps", "WPS 文字 document (.wps, Word 97-2003 binary)", "docx",
              "libreoffice-writer-nogui"};
    }
    return {"doc", "legacy Word 97-2003 binary document (.doc)", "docx",
            "libreoffice-writer-nogui"};
  }
  if (has_entry(names, "Workbook") || has_entry(names, "Book")) {
    if (et) {
      return {"et", "WPS 表格 workbook (.et, Excel 97-2003 binary)", "xlsx",
              "libreoffice-calc-nogui"};
    }
    return {"xls", "legacy Excel 97-2003 binary workbook (.xls)", "xlsx", "libreoffice-calc-nogui"};
  }
  // Microsoft Works word processor files (.wps) keep their text in CONTENTS.
  if (has_entry(names, "CONTENTS") &&
      (has_entry(names, "MatOST") || has_entry(names, "SPELLING"))) {
    return {"wps", "Works word processor document (.wps)", "docx", "libreoffice-writer-nogui"};
  }
  throw_unreadable(path, "OLE2 compound file that is not a Word or Excel document");
}

}  // namespace kpiconv::legacy
