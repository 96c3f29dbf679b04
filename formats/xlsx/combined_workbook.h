// The workbook of many filings (`convert --combine OUT.xlsx`), written in constant memory as the
// filings arrive: 项目 and 指标 as in the normalized layout with 来源文件 first, 表格 with every
// cell of the filings' other tables (one row each), 校验 with their findings, and 来源文件 with a
// row per input file: its format, title, counts, and the reason when it could not be read.
#pragma once

#include <filesystem>
#include <memory>

#include "converter/registry/format.h"

namespace kpiconv::xlsx {

std::unique_ptr<CombinedWriter> open_combined_workbook(const std::filesystem::path& file,
                                                       const WriteOptions& options);

}  // namespace kpiconv::xlsx
