#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

// One row per indicator with the project's columns repeated (RFC 4180, CRLF; columns in
// converter/model/flat_columns.h). UTF-8 with a BOM by default so Excel on Chinese Windows opens it
// right; GB18030 on request.
class CsvWriter : public Writer {
 public:
  std::string_view name() const override { return "csv"; }
  std::vector<std::string_view> extensions() const override { return {".csv"}; }
  WriteReport write(const Filing& filing, const std::filesystem::path& file,
                    const WriteOptions& options) const override;
  std::unique_ptr<FilingStream> stream(const std::filesystem::path& file,
                                       const WriteOptions& options) const override;
  // The same rows for many filings, each after a 来源文件 column naming its input.
  std::unique_ptr<CombinedWriter> combine(const std::filesystem::path& file,
                                          const WriteOptions& options) const override;
};

}  // namespace kpiconv
