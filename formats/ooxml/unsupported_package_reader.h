// Zip archives that no other reader claimed: an Excel workbook, a PowerPoint deck, a plain zip.
// None is a filing this version can read; this reader claims them only to say precisely what they
// are. Registered after every real reader.
#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

class UnsupportedPackageReader : public Reader {
 public:
  std::string_view name() const override { return "zip"; }
  bool claims(const InputProbe& probe) const override;
  // Always throws Error(kUnreadable) naming what the file is.
  [[noreturn]] void read(const std::string& path, BlockSink& sink,
                         const ReadOptions& options) const override;
};

}  // namespace kpiconv
