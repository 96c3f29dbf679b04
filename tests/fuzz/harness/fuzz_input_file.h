// The readers take a path, so a fuzz input is written to a file first: one file in a private
// folder of this process, overwritten for every input and removed when the process exits.
#pragma once

#include <string>
#include <string_view>

namespace kpiconv::fuzz {

// Writes `bytes` to this process's input file (in $TMPDIR, else /tmp) and returns its path.
const std::string& write_input_file(std::string_view bytes);

// A path named `name` in the same private folder, for what a target writes (an output).
std::string scratch_file_path(std::string_view name);

}  // namespace kpiconv::fuzz
