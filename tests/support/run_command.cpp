#include "support/run_command.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kpiconv::test {
namespace {

// Runs `command` under sh, its output captured in a scratch folder.
CommandResult run_captured(const std::string& command) {
  static int counter = 0;
  std::string scratch = make_temp_dir("run" + std::to_string(++counter));
  std::string redirected =
      command + " >" + shell_quote(scratch + "/out") + " 2>" + shell_quote(scratch + "/err");
  int status = std::system(redirected.c_str());
  CommandResult result;
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_bytes(scratch + "/out");
  result.err = read_bytes(scratch + "/err");
  std::filesystem::remove_all(scratch);
  return result;
}

}  // namespace

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

std::string source_dir() {
  return KPICONV_SOURCE_DIR;
}
std::string shared_dir() {
  return std::string(KPICONV_SOURCE_DIR) + "/../shared";
}

// Through GNU time, which says kpiconv's peak memory: the kernel's count for a process forked
// from the test process would start from the test process's own (its strings of test input).
CommandResult run_kpiconv(const std::vector<std::string>& arguments, int seconds) {
  static int counter = 0;
  const std::string scratch = make_temp_dir("kpiconv-run" + std::to_string(++counter));
  const std::string peak = scratch + "/peak";
  std::string command = "cd " + shell_quote(source_dir()) + " && /usr/bin/time -f %M -o " +
                        shell_quote(peak) + " timeout " + std::to_string(seconds) + " " +
                        shell_quote(KPICONV_BINARY);
  for (const std::string& argument : arguments) command += " " + shell_quote(argument);
  CommandResult result = run_captured(command);
  // The last line is the figure; before it GNU time may say how a command that failed ended.
  std::string said = read_bytes(peak);
  while (!said.empty() && said.back() == '\n') said.pop_back();
  result.peak_kib = std::atol(said.substr(said.rfind('\n') + 1).c_str());
  std::filesystem::remove_all(scratch);
  return result;
}

CommandResult run_shell(const std::string& command_line, const std::string& directory,
                        int seconds) {
  std::string binary_dir = std::filesystem::path(KPICONV_BINARY).parent_path().string();
  return run_captured("cd " + shell_quote(directory) + " && PATH=" + shell_quote(binary_dir) +
                      ":\"$PATH\" timeout " + std::to_string(seconds) + " bash -c " +
                      shell_quote(command_line));
}

std::string checked_shell(const std::string& command) {
  CommandResult result = run_captured(command);
  if (result.exit_status != 0) ADD_FAILURE() << command << " failed:\n" << result.err;
  return result.out;
}

}  // namespace kpiconv::test
