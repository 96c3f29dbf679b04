// Compound File Binary ("OLE2") files that arrive where a DOCX is expected: password-protected
// OOXML (an EncryptedPackage stream inside a CFB container), legacy .doc and .xls files. None can
// be read; this reader claims them only to say precisely why.
#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

class CfbReader : public Reader {
 public:
  std::string_view name() const override { return "cfb"; }
  // Legacy binary Office files: a .doc or .xls that is really a DOCX or XLSX is read, and said.
  std::vector<std::string_view> extensions() const override {
    return {".doc", ".dot", ".xls", ".xlt", ".wps", ".et"};
  }
  // Files starting with the CFB signature D0 CF 11 E0 A1 B1 1A E1.
  bool claims(const InputProbe& probe) const override;
  // Always throws Error(kUnreadable) naming what the file is and what to do about it.
  [[noreturn]] void read(const std::string& path, BlockSink& sink,
                         const ReadOptions& options) const override;
};

}  // namespace kpiconv
