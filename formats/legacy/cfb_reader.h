// Compound File Binary ("OLE2") files: password-protected OOXML (an EncryptedPackage stream inside
// a CFB container) is refused as such; legacy Word/WPS documents and Excel/WPS workbooks (.doc,
// .wps, .xls, .et) are converted to DOCX/XLSX by LibreOffice (formats/legacy/libreoffice.h) and
// read by the DOCX and XLSX readers, the filing's source saying "doc (via LibreOffice 7.4)".
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
  std::string_view description() const override { return "a legacy Office file"; }
  // Files starting with the CFB signature D0 CF 11 E0 A1 B1 1A E1.
  bool claims(const InputProbe& probe) const override;
  // "a legacy Word 97-2003 binary document (.doc)", … as its streams say (legacy_format.h).
  std::string description_of(const InputProbe& probe) const override;
  // Throws Error(kUnreadable) for an encrypted package, a file LibreOffice cannot convert, and
  // when there is no LibreOffice to run (saying how to get one, or what to save the file as).
  void read(const std::string& path, BlockSink& sink, const ReadOptions& options) const override;
};

}  // namespace kpiconv
