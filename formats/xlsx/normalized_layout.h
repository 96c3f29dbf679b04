// The normalized workbook: 项目 (a row per project), 指标 (a row per indicator, continued on
// "指标 (2)"… past Excel's row limit), a sheet per other table, 校验 with the findings, and 来源.
// Written in constant memory as the projects come: memory holds one project and one table.
#pragma once

#include <filesystem>
#include <memory>

#include "converter/registry/format.h"

namespace kpiconv::xlsx {

// WriteOptions::rows_per_sheet counts the heading row (Excel's limit: 1,048,576).
std::unique_ptr<FilingStream> open_normalized_workbook(const std::filesystem::path& file,
                                                       const WriteOptions& options);

}  // namespace kpiconv::xlsx
