#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

// A filing as a Word document, in the layout of a template an office can restyle without code
// (templates/README.md). The template's package is copied byte for byte except its main part,
// which is rendered block by block, and its title property.
class DocxWriter : public Writer {
 public:
  std::string_view name() const override { return "docx"; }
  std::vector<std::string_view> extensions() const override { return {".docx"}; }
  WriteReport write(const Filing& filing, const std::filesystem::path& file,
                    const WriteOptions& options) const override;
};

}  // namespace kpiconv
