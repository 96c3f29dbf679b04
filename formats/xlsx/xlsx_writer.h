#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

// Workbooks people work in: the normalized layout (项目, 指标, the other tables, 来源) or the form
// layout (a sheet per project like the Word form). See formats/xlsx/*_layout.h. With a template
// (WriteOptions::template_name), a province's own workbook filled in place (formats/province/).
class XlsxWriter : public Writer {
 public:
  std::string_view name() const override { return "xlsx"; }
  std::vector<std::string_view> extensions() const override { return {".xlsx"}; }
  WriteReport write(const Filing& filing, const std::filesystem::path& file,
                    const WriteOptions& options) const override;
  // The normalized layout, in constant memory; nullptr for the form layout and templates.
  std::unique_ptr<FilingStream> stream(const std::filesystem::path& file,
                                       const WriteOptions& options) const override;
  // Many filings in one workbook, in constant memory (formats/xlsx/combined_workbook.h).
  std::unique_ptr<CombinedWriter> combine(const std::filesystem::path& file,
                                          const WriteOptions& options) const override;
};

}  // namespace kpiconv
