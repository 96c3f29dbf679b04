// Runs the built kpiconv executable as a user would, capturing its exit status and output.
#pragma once

#include <string>
#include <vector>

#include "support/files.h"

namespace kpiconv::test {

struct CommandResult {
  int exit_status = -1;
  std::string out;
  std::string err;
  long peak_kib = 0;  // run_kpiconv: the most memory kpiconv held at once (ru_maxrss)
};

// Runs `kpiconv ARGS...` in the source tree (so fixture paths are relative to it), killed after
// `seconds` (exit status 124 then) so a hang fails a test instead of stopping the suite.
CommandResult run_kpiconv(const std::vector<std::string>& arguments, int seconds = 300);
// Runs a bash command line in `directory` with the built kpiconv first on the PATH, under the same
// timeout.
CommandResult run_shell(const std::string& command_line, const std::string& directory,
                        int seconds = 300);
std::string shell_quote(const std::string& text);
// Runs `command` under sh: its standard output, and a test failure showing its standard error
// when it fails.
std::string checked_shell(const std::string& command);

std::string source_dir();
std::string shared_dir();  // ../shared beside the repository (seeds, corpus)

}  // namespace kpiconv::test
