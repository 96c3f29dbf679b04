// `kpiconv apply` for Word originals: the diff written into the original package in place. Only
// the main part is rewritten, and only when an edit changes it; every other entry is copied byte
// for byte (formats/ooxml/package_writer.h) — but for the macros of a macro-enabled original
// (.docm), which an output not named .docm/.dotm is written without, with a warning
// (formats/ooxml/macro_free.h).
#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

class DocxApplier : public EditApplier {
 public:
  std::string_view name() const override { return "docx"; }
  ApplyReport apply(const std::string& original_path, const Filing& original, const Filing& edited,
                    const FilingDiff& diff, const std::filesystem::path& file,
                    const std::filesystem::path& output_name) const override;
};

}  // namespace kpiconv
