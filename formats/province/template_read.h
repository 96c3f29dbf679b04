// Reading a filled province template back into a filing through its mapping: the rows layout row
// by row below its header row, the blocks layout block by block (found by the template's labels),
// 指标值 put back together from its parts, categories stripped of their codes, amounts in the
// mapping's unit.
#pragma once

#include <optional>
#include <string>

#include "converter/model/filing.h"
#include "converter/registry/format.h"
#include "formats/province/province_template.h"

namespace kpiconv::province {

// Throws Error(kUnreadable) when the workbook does not have the template's sheet and headings.
Filing read_filled_template(const std::string& path, const ProvinceTemplate& province_template,
                            const ReadOptions& options = {});

// The filing of `path` read through the first installed template it was filled from, or nullopt
// when it matches none (its sheet and headings, or blocks, are not there) or cannot be opened
// that way (the ordinary reader then says what is wrong with it).
std::optional<Filing> read_any_filled_template(const std::string& path,
                                               const ReadOptions& options = {});

}  // namespace kpiconv::province
