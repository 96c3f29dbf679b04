// The caps on untrusted input (ReadOptions), as options of every command that reads: sizes take
// K, M and G suffixes ("--max-part-size 2G").
#pragma once

#include <CLI/CLI.hpp>

#include "converter/registry/format.h"

namespace kpiconv::cli {

void add_read_limit_options(CLI::App* command, ReadOptions& options);

}  // namespace kpiconv::cli
