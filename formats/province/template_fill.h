// Filling a province template in place: a copy of the template workbook in which only the target
// cells and rows change. Rows layout: a row per indicator below the header row, new rows styled
// like the template's first data row (or its columns) with its drop-downs; blocks layout: the
// template's block repeated for each project, its indicator row once per indicator with the
// merge_down columns merged over equal values. Styles, data validations, hidden sheets, defined
// names, protection and every untouched part of the package are kept as they are.
#pragma once

#include <filesystem>
#include <memory>

#include "converter/model/filing.h"
#include "converter/registry/format.h"
#include "formats/province/province_template.h"

namespace kpiconv::province {

class TemplateFill {
 public:
  // Opens the template's workbook and checks the mapping against it: throws Error(kUsage) naming
  // the mapping's line for a sheet or heading the workbook does not have.
  explicit TemplateFill(ProvinceTemplate province_template);
  ~TemplateFill();
  TemplateFill(const TemplateFill&) = delete;
  TemplateFill& operator=(const TemplateFill&) = delete;

  // The filing's projects, after those added before.
  void add(const Filing& filing);
  // Writes the filled workbook to `file`.
  WriteReport write(const std::filesystem::path& file);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The combined writer of `convert IN... --template NAME -o OUT.xlsx`: every filing into one copy.
std::unique_ptr<CombinedWriter> open_template_fill(const std::string& template_name,
                                                   const std::filesystem::path& file);

}  // namespace kpiconv::province
