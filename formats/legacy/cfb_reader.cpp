#include "formats/legacy/cfb_reader.h"

#include <fstream>

#include "converter/error.h"
#include "formats/legacy/cfb_directory.h"

namespace kpiconv {
namespace {

// CFB names compare case-insensitively (MS-CFB 2.6.4).
bool has_entry(const std::vector<std::string>& names, std::string_view wanted) {
  for (const std::string& name : names) {
    if (name.size() != wanted.size()) continue;
    bool same = true;
    for (size_t i = 0; i < name.size() && same; ++i) {
      char a = name[i], b = wanted[i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
      same = a == b;
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

bool CfbReader::claims(const InputProbe& probe) const {
  return probe.starts_with(legacy::kCfbMagic);
}

void CfbReader::read(const std::string& path, BlockSink& /*sink*/,
                     const ReadOptions& /*options*/) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_unreadable(path, "cannot open the file");
  std::vector<std::string> names;
  if (auto parsed = legacy::read_cfb_entry_names(in)) {
    names = std::move(*parsed);
  } else {
    names = legacy::scan_cfb_entry_names(in, std::size_t{64} << 20);
  }
  if (has_entry(names, "EncryptedPackage")) {
    throw_unreadable(path,
                     "password-protected Office document (encrypted package); remove the "
                     "password and save again");
  }
  if (has_entry(names, "WordDocument")) {
    throw_unreadable(path, "legacy Word 97-2003 binary document (.doc); save it as .docx");
  }
  if (has_entry(names, "Workbook") || has_entry(names, "Book")) {
    throw_unreadable(path, "legacy Excel binary workbook (.xls); save it as .xlsx");
  }
  throw_unreadable(path, "OLE2 compound file that is not a DOCX");
}

}  // namespace kpiconv
