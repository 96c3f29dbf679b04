#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

// Writes the canonical JSON (formats/json/filing_json.h), indented, UTF-8.
class JsonWriter : public Writer {
 public:
  std::string_view name() const override { return "json"; }
  std::vector<std::string_view> extensions() const override { return {".json"}; }
  WriteReport write(const Filing& filing, const std::filesystem::path& file,
                    const WriteOptions& options) const override;
  std::unique_ptr<FilingStream> stream(const std::filesystem::path& file,
                                       const WriteOptions& options) const override;
};

}  // namespace kpiconv
